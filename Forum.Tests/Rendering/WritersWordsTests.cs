using AngleSharp.Html.Dom;

namespace Forum.Tests.Rendering;

/// <summary>Ordinary writing that the pipeline used to render wrongly (issue 17), each with the issue's own input.</summary>
[TestFixture]
[Category("Unit")]
public sealed class WritersWordsTests
{
    private static readonly MarkdownPostRenderer Renderer = new();

    private static IHtmlDocument Render(string markdown)
    {
        var html = Renderer.Render(markdown).Html;
        PostHtmlPolicy.AssertSafe(html);
        return PostHtmlPolicy.Parse(html);
    }

    [Test]
    public void A_relative_url_with_a_colon_keeps_its_link_CommonMark_500()
    {
        var link = Render("[link](foo\\)\\:)").Body!.QuerySelector("a")!;

        // "foo)" cannot be a scheme, so a browser reads the URL as a relative path; HtmlSanitizer alone took it for one.
        link.GetAttribute("href").ShouldBe("foo):");
        link.TextContent.ShouldBe("link");
    }

    [TestCase("![[[foo](uri1)](uri2)](uri3)", "uri3", "[foo](uri2)")]
    [TestCase("![foo [bar](/url)](/url2)", "/url2", "foo bar")]
    [TestCase("![see https://example.org/a](/url2)", "/url2", "see https://example.org/a")]
    public void A_link_inside_an_image_leaves_one_link_labelled_with_the_whole_description_CommonMark_520_575(
        string markdown, string href, string text)
    {
        var links = Render(markdown).Body!.QuerySelectorAll("a");

        links.Length.ShouldBe(1);
        links[0].GetAttribute("href").ShouldBe(href);
        links[0].TextContent.ShouldBe(text);
    }

    [Test]
    public void Heading_levels_four_to_six_stay_three_different_levels()
    {
        var headings = Render("#### Four\n\n##### Five\n\n###### Six").Body!.QuerySelectorAll("h6");

        // h3 to h6 is all the room below the page's own h1 and h2; the real level goes on for the screen reader.
        headings.Select(h => (h.TextContent, h.GetAttribute("aria-level"))).ShouldBe([("Four", null), ("Five", "7"), ("Six", "8")]);
    }

    [Test]
    public void A_long_tight_list_keeps_its_bold_to_the_end()
    {
        var markdown = string.Concat(Enumerable.Range(1, 120).Select(i => $"- **day {i}**: still here\n"));

        var items = Render(markdown).Body!.QuerySelectorAll("li");

        items.Length.ShouldBe(120);
        items.Count(li => li.QuerySelector("strong") is not null).ShouldBe(120);
        items[^1].TextContent.ShouldBe("day 120: still here");
    }

    [Test]
    public void The_101st_link_in_a_list_renders()
    {
        var markdown = string.Concat(Enumerable.Range(1, 150).Select(i => $"- [meeting {i}](https://example.org/m/{i})\n"));

        Render(markdown).Body!.QuerySelectorAll("a").Length.ShouldBe(150);
    }

    [Test]
    public void The_101st_link_in_a_paragraph_renders()
    {
        var markdown = string.Join(" and ", Enumerable.Range(1, 150).Select(i => $"[day {i}](https://example.org/d/{i})"));

        var body = Render(markdown).Body!;

        body.QuerySelectorAll("a").Length.ShouldBe(150);
        body.TextContent.ShouldNotContain("](");
    }

    [Test]
    public void A_sixteen_column_table_renders()
    {
        var header = "|" + string.Concat(Enumerable.Range(1, 16).Select(i => $" week {i} |"));
        var rule = "|" + string.Concat(Enumerable.Repeat("---|", 16));
        var row = "|" + string.Concat(Enumerable.Range(1, 16).Select(i => $" {i} |"));

        var table = Render($"{header}\n{rule}\n{row}\n").Body!.QuerySelector("table")!;

        table.QuerySelectorAll("th").Length.ShouldBe(16);
        table.QuerySelectorAll("td").Length.ShouldBe(16);
    }

    [Test]
    public void A_code_span_after_many_links_shows_no_backslash_nobody_typed()
    {
        var links = string.Join(" ", Enumerable.Range(1, 150).Select(i => $"[{i}](https://example.org/{i})"));

        var code = Render($"{links} and then `list[0] = [a]` in code").Body!.QuerySelector("code")!;

        code.TextContent.ShouldBe("list[0] = [a]");
    }

    [TestCase("J. K. Rowling wrote about it.")]
    [TestCase("B. told me to call when it gets bad.")]
    [TestCase("I. Started. Again.")]
    public void A_letter_and_a_full_stop_is_prose_not_a_list(string markdown)
    {
        var body = Render(markdown).Body!;

        body.QuerySelector("ol").ShouldBeNull();
        body.TextContent.Trim().ShouldBe(markdown);
    }

    [TestCase("2^3 to 2^5 is a big jump")]
    [TestCase("H~2~O, and from 10~20 to 30~40 people")]
    public void Carets_and_single_tildes_stay_as_typed(string markdown)
    {
        // Superscript and subscript are off: between two carets or tildes they swallowed the words in between.
        var body = Render(markdown).Body!;

        body.QuerySelector("sup, sub").ShouldBeNull();
        body.TextContent.Trim().ShouldBe(markdown);
    }

    [Test]
    public void Double_tildes_still_strike_through()
    {
        Render("~~relapse~~ slip").Body!.QuerySelector("del")!.TextContent.ShouldBe("relapse");
    }
}
