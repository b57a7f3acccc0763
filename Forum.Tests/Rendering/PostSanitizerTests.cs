namespace Forum.Tests.Rendering;

[TestFixture]
[Category("Unit")]
public sealed class PostSanitizerTests
{
    private readonly PostSanitizer _sanitizer = new();

    [TestCase("https://example.org")]
    [TestCase("HTTP://example.org")]
    [TestCase("mailto:someone@example.org")]
    [TestCase("/r/recovery")]
    [TestCase("relative/path?x=1#y")]
    [TestCase("#top")]
    [TestCase("?page=2")]
    [TestCase("//example.org/protocol-relative")]
    [TestCase("\\\\example.org/backslashes-are-slashes-to-a-browser")]
    [TestCase("/path/with:colon")]
    [TestCase("")]
    [TestCase("foo):")]
    [TestCase("[a]:b")]
    public void Allows(string url) => _sanitizer.IsAllowedUrl(url).ShouldBeTrue();

    [TestCase("javascript:alert(1)")]
    [TestCase("JaVaScRiPt:alert(1)")]
    [TestCase(" javascript:alert(1)")]
    [TestCase("\u0001javascript:alert(1)")]
    [TestCase("\u0000javascript:alert(1)")]
    [TestCase("java\tscript:alert(1)")]
    [TestCase("java\nscript:alert(1)")]
    [TestCase("java\rscript:alert(1)")]
    [TestCase("java\u200Bscript:alert(1)")]
    [TestCase("\uFEFFjavascript:alert(1)")]
    [TestCase("vbscript:msgbox(1)")]
    [TestCase("data:text/html,<script>alert(1)</script>")]
    [TestCase("file:///etc/passwd")]
    [TestCase("ftp://example.org")]
    [TestCase("tel:123")]
    [TestCase(":no-scheme")]
    [TestCase("java%0ascript:alert(1)")]
    [TestCase("a b:c")]
    [TestCase("1x:y")]
    public void Refuses(string url) => _sanitizer.IsAllowedUrl(url).ShouldBeFalse();

    [Test]
    public void A_refused_href_is_removed_and_the_text_kept()
    {
        _sanitizer.Sanitize("<a href=\"jav&#x09;ascript:alert(1)\">click</a>")
            .ShouldBe("<a rel=\"nofollow ugc noopener noreferrer\">click</a>");
    }

    [Test]
    public void Every_link_gets_the_sites_rel_whatever_it_had()
    {
        _sanitizer.Sanitize("<a href=\"https://example.org\" rel=\"opener\" target=\"_blank\">x</a>")
            .ShouldBe("<a href=\"https://example.org\" rel=\"nofollow ugc noopener noreferrer\">x</a>");
    }

    [TestCase("<script>alert(1)</script>after", "after")]
    [TestCase("<style>p{}</style>after", "after")]
    [TestCase("<iframe>inside</iframe>after", "after")]
    [TestCase("<svg><text>inside</text></svg>after", "after")]
    [TestCase("<math><mi>x</mi></math>after", "after")]
    [TestCase("<form><p>inside</p></form>after", "after")]
    [TestCase("<textarea>inside</textarea>after", "after")]
    [TestCase("<select><option>inside</option></select>after", "after")]
    [TestCase("<template><p>inside</p></template>after", "after")]
    [TestCase("<noscript><p>inside</p></noscript>after", "after")]
    [TestCase("<object><p>inside</p></object>after", "after")]
    [TestCase("<button>inside</button>after", "after")]
    [TestCase("<img src=x>after", "after")]
    public void Dangerous_elements_go_with_their_content(string html, string expected) =>
        _sanitizer.Sanitize(html).ShouldBe(expected);

    [TestCase("<div><span>kept</span></div>", "kept")]
    [TestCase("<font color=red>kept</font>", "kept")]
    [TestCase("<h1>kept</h1>", "kept")]
    [TestCase("<details><summary>a</summary>b</details>", "ab")]
    [TestCase("<p><u>kept</u></p>", "<p>kept</p>")]
    public void Unknown_harmless_elements_are_unwrapped(string html, string expected) =>
        _sanitizer.Sanitize(html).ShouldBe(expected);

    [TestCase("<p>a<!-- comment -->b</p>", "<p>ab</p>")]
    [TestCase("<p>a<![CDATA[x]]>b</p>", "<p>ab</p>")]
    [TestCase("<p>a<?pi?>b</p>", "<p>ab</p>")]
    public void Comments_and_cdata_are_removed(string html, string expected) =>
        _sanitizer.Sanitize(html).ShouldBe(expected);

    [TestCase("<p style=\"color:red\" id=\"x\" class=\"y\" onclick=\"z\" title=\"t\">a</p>", "<p>a</p>")]
    [TestCase("<code class=\"language-js\">a</code>", "<code class=\"language-js\">a</code>")]
    [TestCase("<code class=\"language-JS\">a</code>", "<code class=\"language-js\">a</code>")]
    [TestCase("<code class=\"language-js evil\">a</code>", "<code>a</code>")]
    [TestCase("<code class=\"language-\">a</code>", "<code>a</code>")]
    [TestCase("<pre class=\"language-js\">a</pre>", "<pre>a</pre>")]
    [TestCase("<ol start=\"3\" type=\"a\"><li>x</li></ol>", "<ol start=\"3\" type=\"a\"><li>x</li></ol>")]
    [TestCase("<ol start=\"3x\" type=\"disc\"><li>x</li></ol>", "<ol><li>x</li></ol>")]
    [TestCase("<th style=\"text-align: left;\" align=\"left\">x</th>", "x")]
    [TestCase("<table><tr><th style=\"text-align: left;\">x</th></tr></table>", "<table><tbody><tr><th>x</th></tr></tbody></table>")]
    public void Attributes_are_allowlisted_per_element(string html, string expected) =>
        _sanitizer.Sanitize(html).ShouldBe(expected);

    [Test]
    public void Text_is_escaped_so_it_stays_text()
    {
        _sanitizer.Sanitize("<p>&lt;script&gt; &amp; \"quotes\" &nbsp;</p>").ShouldBe("<p>&lt;script&gt; &amp; \"quotes\" &nbsp;</p>");
    }

    [TestCase("<pre>\n\nstarts with a blank line</pre>")]
    [TestCase("<table><tfoot><tr><td>x</td></tr></tfoot></table>")]
    [TestCase("<a href=x>1<marquee><a href=y>2</a></marquee></a>")]
    [TestCase("<p><div>x</div></p>")]
    [TestCase("<table>text<tr><td>x</td></tr></table>")]
    [TestCase("<ul><li>a<li>b</ul>")]
    [TestCase("<a href=x>1<blockquote>2<table><a href=y>3</a></table></blockquote></a>")]
    [TestCase("<h3>a<div><h4>b</h4></div></h3>")]
    [TestCase("<p>a&#13;b</p>")]
    [TestCase("<p title=\"a&#13;b\">c</p>")]
    public void Trees_the_parser_would_rebuild_still_sanitize_to_a_fixed_point(string html)
    {
        var once = _sanitizer.Sanitize(html);

        _sanitizer.Sanitize(once).ShouldBe(once);
    }

    // HtmlSanitizer sanitizes in one pass, where the hand-written sanitizer repeated itself until nothing
    // changed. So what a second parse would rebuild is settled by the policy instead: these lose their
    // markup (links and headings do not nest) or their content (table parts the site does not allow).
    [TestCase("<a href=\"x\">1<table><a href=\"y\">2</a></table></a>",
        "<a href=\"x\" rel=\"nofollow ugc noopener noreferrer\">12<table></table></a>")]
    [TestCase("<h3>a<div><h4>b</h4></div></h3>", "<h3>ab</h3>")]
    [TestCase("<table><caption>c</caption><tfoot><tr><td>f</td></tr></tfoot></table>", "<table></table>")]
    [TestCase("<a href=x>1<marquee><a href=y>2</a></marquee></a>", "<a href=\"x\" rel=\"nofollow ugc noopener noreferrer\">1</a>")]
    [TestCase("<p>a&#13;b</p>", "<p>a&#13;b</p>")]
    public void What_a_parser_would_rebuild_is_settled_in_one_pass(string html, string expected) =>
        _sanitizer.Sanitize(html).ShouldBe(expected);

    [Test]
    public void Elements_nested_beyond_the_depth_limit_are_flattened_but_their_text_kept()
    {
        var html = string.Concat(Enumerable.Repeat("<blockquote>", 5_000)) + "deep";

        var result = _sanitizer.Sanitize(html);

        PostHtmlPolicy.MaxDepth(result).ShouldBeLessThanOrEqualTo(_sanitizer.MaxDepth);
        result.ShouldContain("deep");
        _sanitizer.Sanitize(result).ShouldBe(result);
    }

    [TestCase(null)]
    [TestCase("")]
    public void Nothing_in_nothing_out(string? html) => _sanitizer.Sanitize(html!).ShouldBe(string.Empty);

    [Test]
    public void The_sets_can_be_changed_like_HtmlSanitizers()
    {
        var sanitizer = new PostSanitizer();
        sanitizer.AllowedTags.Remove("a");
        sanitizer.AllowedSchemes.Remove("mailto");

        sanitizer.Sanitize("<p><a href=\"mailto:x@example.org\">x</a></p>").ShouldBe("<p>x</p>");
    }
}
