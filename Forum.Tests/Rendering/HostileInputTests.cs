using AngleSharp.Dom;

namespace Forum.Tests.Rendering;

[TestFixture]
[Category("Unit")]
public sealed class HostileInputTests
{
    private static readonly MarkdownPostRenderer Renderer = new();

    private static IEnumerable<TestCaseData> Payloads() =>
        HostileInputs.All.Select((payload, index) => new TestCaseData(payload.Markdown)
            .SetName($"{payload.Technique} #{index:000}")
            .SetCategory("Unit"));

    [Test]
    public void The_corpus_has_at_least_150_payloads_in_every_technique_the_issue_names()
    {
        HostileInputs.All.Count().ShouldBeGreaterThanOrEqualTo(150);
        HostileInputs.All.Select(p => p.Technique).Distinct().Count().ShouldBeGreaterThanOrEqualTo(20);
    }

    [TestCaseSource(nameof(Payloads))]
    public void Rendered_payload_has_nothing_outside_the_allowlist(string markdown)
    {
        var html = Renderer.Render(markdown).Html;

        PostHtmlPolicy.AssertSafe(html, $"Markdown: {markdown}");
        var body = PostHtmlPolicy.Parse(html).Body!;
        body.QuerySelectorAll("img, script, iframe, svg, math, form, style, base, meta").ShouldBeEmpty();
    }

    [TestCaseSource(nameof(Payloads))]
    public void Rendered_payload_is_a_fixed_point_of_the_sanitizer(string markdown)
    {
        var html = Renderer.Render(markdown).Html;

        new PostSanitizer().Sanitize(html).ShouldBe(html);
    }

    [TestCaseSource(nameof(Payloads))]
    public void Payload_fed_straight_to_the_sanitizer_is_safe_too(string markdown)
    {
        // The sanitizer must hold even if Markdig ever let raw HTML through.
        var html = new PostSanitizer().Sanitize(markdown);

        PostHtmlPolicy.AssertSafe(html, $"Input: {markdown}");
    }

    [Test]
    public void A_payload_that_is_only_markup_keeps_no_executable_text_in_a_link()
    {
        var html = Renderer.Render("[x](javascript:alert(1)) [y](https://example.org/a)").Html;

        var links = PostHtmlPolicy.Parse(html).QuerySelectorAll("a");
        links.Length.ShouldBe(2);
        links[0].HasAttribute("href").ShouldBeFalse();
        links[0].TextContent.ShouldBe("x");
        links[1].GetAttribute("href").ShouldBe("https://example.org/a");
    }
}
