using Forum.TestTexts;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Forum.Tests.Rendering;

[TestFixture]
[Category("Unit")]
public sealed class LegitimateMarkdownTests
{
    private static readonly MarkdownPostRenderer Renderer = new();

    private static IHtmlDocument Render(string markdown)
    {
        var html = Renderer.Render(markdown).Html;
        PostHtmlPolicy.AssertSafe(html);
        return PostHtmlPolicy.Parse(html);
    }

    [TestCase("# One", "h3")]
    [TestCase("## Two", "h4")]
    [TestCase("### Three", "h5")]
    [TestCase("#### Four", "h6")]
    [TestCase("Setext\n======", "h3")]
    [TestCase("Setext\n------", "h4")]
    public void Headings_are_shifted_below_the_pages_own(string markdown, string element)
    {
        var heading = Render(markdown).Body!.FirstElementChild!;

        heading.LocalName.ShouldBe(element);
        heading.HasAttribute("id").ShouldBeFalse();
    }

    [Test]
    public void Nested_lists_survive()
    {
        var body = Render("- what helped\n  - meetings\n  - a sponsor\n    1. calls\n    2. walks\n- what did not").Body!;

        body.QuerySelectorAll("ul > li > ul > li > ol > li").Select(li => li.TextContent).ShouldBe(["calls", "walks"]);
        body.QuerySelectorAll("body > ul > li").Length.ShouldBe(2);
    }

    [Test]
    public void Ordered_lists_keep_their_start()
    {
        Render("3. three\n4. four").Body!.QuerySelector("ol")!.GetAttribute("start").ShouldBe("3");
    }

    [Test]
    public void Fenced_code_keeps_its_language_class_and_text()
    {
        var code = Render("```csharp\nvar x = a < b && c > d;\n```").Body!.QuerySelector("pre > code")!;

        code.ClassName.ShouldBe("language-csharp");
        code.TextContent.ShouldBe("var x = a < b && c > d;\n");
    }

    [Test]
    public void A_language_class_is_normalised_to_lower_case()
    {
        Render("```C#\nx\n```").Body!.QuerySelector("code")!.ClassName.ShouldBe("language-c#");
    }

    [Test]
    public void A_code_block_language_that_is_not_a_plain_name_is_dropped_but_the_code_stays()
    {
        var code = Render("```x\"y\nkeep me\n```").Body!.QuerySelector("pre > code")!;

        code.HasAttribute("class").ShouldBeFalse();
        code.TextContent.ShouldBe("keep me\n");
    }

    [Test]
    public void Tables_survive_without_inline_styles()
    {
        var table = Render("| Day | Feeling |\n|:----|--------:|\n| 1 | rough |\n| 30 | better |").Body!.QuerySelector("table")!;

        table.QuerySelectorAll("thead th").Select(th => th.TextContent).ShouldBe(["Day", "Feeling"]);
        table.QuerySelectorAll("tbody tr").Length.ShouldBe(2);
        table.QuerySelectorAll("[style]").ShouldBeEmpty();
    }

    [Test]
    public void Blockquotes_survive()
    {
        var quote = Render("> One day at a time.\n>\n> — my sponsor").Body!.QuerySelector("blockquote")!;

        quote.QuerySelectorAll("p").Length.ShouldBe(2);
    }

    [TestCase("*em*", "em")]
    [TestCase("_em_", "em")]
    [TestCase("**strong**", "strong")]
    [TestCase("~~struck~~", "del")]
    [TestCase("++inserted++", "ins")]
    [TestCase("==marked==", "mark")]
    public void Emphasis_survives(string markdown, string element)
    {
        Render(markdown).Body!.QuerySelector(element).ShouldNotBeNull();
    }

    [TestCase("[meeting finder](https://example.org/meetings?near=me&day=mon)", "https://example.org/meetings?near=me&day=mon")]
    [TestCase("[rooms](/r/recovery)", "/r/recovery")]
    [TestCase("[section](#top)", "#top")]
    [TestCase("[write](mailto:help@example.org)", "mailto:help@example.org")]
    [TestCase("<https://example.org/a>", "https://example.org/a")]
    [TestCase("see https://example.org/b today", "https://example.org/b")]
    [TestCase("see www.example.org today", "https://www.example.org")]
    [TestCase("[ref]\n\n[ref]: https://example.org/ref", "https://example.org/ref")]
    public void Links_survive_with_rel(string markdown, string href)
    {
        var link = Render(markdown).Body!.QuerySelector("a")!;

        link.GetAttribute("href").ShouldBe(href);
        link.GetAttribute("rel").ShouldBe(PostSanitizer.LinkRel);
    }

    [Test]
    public void A_link_title_survives()
    {
        Render("[x](https://example.org \"Meeting finder\")").Body!.QuerySelector("a")!.GetAttribute("title").ShouldBe("Meeting finder");
    }

    [Test]
    public void An_image_becomes_a_link_labelled_with_its_alt_text()
    {
        var body = Render("![my sobriety chip](https://example.org/chip.png)").Body!;

        body.QuerySelector("img").ShouldBeNull();
        var link = body.QuerySelector("a")!;
        link.TextContent.ShouldBe("my sobriety chip");
        link.GetAttribute("href").ShouldBe("https://example.org/chip.png");
    }

    [Test]
    public void An_image_without_alt_text_is_labelled_with_its_address()
    {
        Render("![](https://example.org/chip.png)").Body!.QuerySelector("a")!.TextContent.ShouldBe("https://example.org/chip.png");
    }

    [Test]
    public void An_image_inside_a_link_leaves_only_its_alt_text_so_links_do_not_nest()
    {
        var links = Render("[![chip](https://example.org/chip.png)](https://example.org/story)").Body!.QuerySelectorAll("a");

        links.Length.ShouldBe(1);
        links[0].TextContent.ShouldBe("chip");
        links[0].GetAttribute("href").ShouldBe("https://example.org/story");
    }

    [Test]
    public void A_post_about_script_tags_shows_the_text()
    {
        var result = Renderer.Render("Why does `<script>` matter? Because <script> tags run code.");
        var body = PostHtmlPolicy.Parse(result.Html).Body!;

        body.QuerySelector("script").ShouldBeNull();
        body.TextContent.Trim().ShouldBe("Why does <script> matter? Because <script> tags run code.");
        result.Html.ShouldContain("&lt;script&gt;");
    }

    [Test]
    public void Hard_line_breaks_and_rules_survive()
    {
        var body = Render("line one  \nline two\n\n---\n\nafter").Body!;

        body.QuerySelector("p > br").ShouldNotBeNull();
        body.QuerySelector("hr").ShouldNotBeNull();
    }

    [Test]
    public void Task_list_syntax_is_text_not_a_form_control()
    {
        var body = Render("- [ ] call my sister\n- [x] went to a meeting").Body!;

        body.QuerySelector("input").ShouldBeNull();
        body.QuerySelectorAll("li")[0].TextContent.ShouldBe("[ ] call my sister");
    }

    [Test]
    public void The_result_carries_the_source_and_the_render_version()
    {
        var result = Renderer.Render("hello");

        result.Source.ShouldBe("hello");
        result.RenderVersion.ShouldBe(Renderer.CurrentVersion);
        result.Html.ShouldBe("<p>hello</p>\n");
    }

    [Test]
    public void A_long_story_of_realistic_markdown_keeps_every_paragraph()
    {
        var story = StoryText.Build(PostBody.MaxLength);
        var body = Render(story).Body!;

        body.QuerySelectorAll("p").Length.ShouldBeGreaterThan(50);
        body.QuerySelectorAll("a").Length.ShouldBeGreaterThan(10);
        body.QuerySelectorAll("strong").Length.ShouldBeGreaterThan(10);
    }

    [Test]
    public void Many_links_in_one_tight_list_all_survive()
    {
        var markdown = string.Concat(Enumerable.Range(1, 60).Select(i => $"- **Group {i}**: [meeting {i}](https://example.org/m/{i})\n"));

        var body = Render(markdown).Body!;

        body.QuerySelectorAll("a").Length.ShouldBe(60);
        body.QuerySelectorAll("strong").Length.ShouldBe(60);
    }
}
