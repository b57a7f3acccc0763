namespace Forum.Tests.Rendering;

/// <summary>The checker the hostile-input tests rely on must itself catch what it claims to.</summary>
[TestFixture]
[Category("Unit")]
public sealed class PostHtmlPolicyTests
{
    [TestCase("<script>alert(1)</script>")]
    [TestCase("<img src=x>")]
    [TestCase("<p onclick=\"alert(1)\">x</p>")]
    [TestCase("<p style=\"color:red\">x</p>")]
    [TestCase("<p id=\"x\">x</p>")]
    [TestCase("<a name=\"x\" rel=\"nofollow ugc noopener noreferrer\">x</a>")]
    [TestCase("<a href=\"javascript:alert(1)\" rel=\"nofollow ugc noopener noreferrer\">x</a>")]
    [TestCase("<a href=\" java\tscript:alert(1)\" rel=\"nofollow ugc noopener noreferrer\">x</a>")]
    [TestCase("<a href=\"https://example.org\">no rel</a>")]
    [TestCase("<code class=\"x\">x</code>")]
    [TestCase("<svg></svg>")]
    [TestCase("<meta http-equiv=refresh content=0>")]
    [TestCase("<a href=\"java%0ascript:alert(1)\" rel=\"nofollow ugc noopener noreferrer\">x</a>")]
    [TestCase("<a href=\":x\" rel=\"nofollow ugc noopener noreferrer\">x</a>")]
    [TestCase("<h3 aria-level=\"7\">x</h3>")]
    [TestCase("<h6 aria-level=\"2\">x</h6>")]
    public void Flags(string html) => PostHtmlPolicy.Violations(html).ShouldNotBeEmpty();

    [TestCase("<p><em>x</em></p>")]
    [TestCase("<a href=\"https://example.org\" rel=\"nofollow ugc noopener noreferrer\">x</a>")]
    [TestCase("<a href=\"/t/1\" rel=\"nofollow ugc noopener noreferrer\">x</a>")]
    [TestCase("<pre><code class=\"language-csharp\">x</code></pre>")]
    [TestCase("<a href=\"foo):\" rel=\"nofollow ugc noopener noreferrer\">x</a>")]
    [TestCase("<h6 aria-level=\"8\">x</h6>")]
    public void Passes(string html) => PostHtmlPolicy.Violations(html).ShouldBeEmpty();
}
