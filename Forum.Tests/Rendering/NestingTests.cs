using Forum.TestTexts;

namespace Forum.Tests.Rendering;

[TestFixture]
[Category("Unit")]
public sealed class NestingTests
{
    // Quote and list levels are capped at 32; a list level is two elements (ul, li) and the paragraph adds a few.
    private const int MaxElementDepth = 2 * 32 + 8;

    private static readonly MarkdownPostRenderer Renderer = new();

    private static IEnumerable<TestCaseData> DeepInputs()
    {
        yield return new TestCaseData(new string('>', 10_000) + " deep").SetName("10,000 quote markers");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("> ", 10_000)) + "deep").SetName("10,000 spaced quote markers");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("- ", 10_000)) + "deep").SetName("10,000 list levels on one line");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("1. ", 10_000)) + "deep").SetName("10,000 ordered list levels");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("> - ", 10_000)) + "deep").SetName("10,000 alternating quote and list levels");
        yield return new TestCaseData(string.Concat(Enumerable.Range(0, 10_000).Select(i => new string('>', i % 200) + " x\n"))).SetName("10,000 lines of varying quote depth");
        yield return new TestCaseData(string.Concat(Enumerable.Range(0, 190).Select(i => new string(' ', 2 * i) + "- level\n"))).SetName("190 indented list levels (all that fit in 40,000 characters)");
        yield return new TestCaseData(string.Concat(Enumerable.Range(0, 10_000).Select(i => new string(' ', i % 64) + "- x\n"))).SetName("10,000 list items of varying indentation");
        yield return new TestCaseData(new string('*', 10_000) + "x" + new string('*', 10_000)).SetName("10,000 nested emphasis");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("*a _b ", 5_000))).SetName("10,000 unmatched emphasis runs");
        yield return new TestCaseData(new string('[', 10_000) + "x" + new string(']', 10_000)).SetName("10,000 nested brackets");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("[a][b] ", 3_000))).SetName("3,000 unresolved references");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("[a](", 10_000))).SetName("10,000 unclosed links");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("<div>", 10_000))).SetName("10,000 div tags as text");
        yield return new TestCaseData("```\n" + new string('>', 10_000) + "\n```").SetName("10,000 quote markers inside a code fence");
    }

    [TestCaseSource(nameof(DeepInputs))]
    public void Deep_input_renders_with_bounded_depth(string markdown)
    {
        var html = Renderer.Render(markdown).Html;

        PostHtmlPolicy.MaxDepth(html).ShouldBeLessThanOrEqualTo(MaxElementDepth);
        PostHtmlPolicy.AssertSafe(html);
    }

    [Test]
    public void Quote_nesting_stops_at_the_cap_and_the_rest_is_text()
    {
        var html = Renderer.Render(new string('>', 100) + " deep").Html;

        var quotes = PostHtmlPolicy.Parse(html).QuerySelectorAll("blockquote");
        quotes.Length.ShouldBe(MarkdownLimits.MaxNesting);
        quotes[^1].TextContent.Trim().ShouldBe(new string('>', 100 - MarkdownLimits.MaxNesting) + " deep");
    }

    [Test]
    public void Ordinary_nesting_is_untouched()
    {
        var markdown = "> quote\n> > inner\n> > > innermost\n\n- a\n  - b\n    - c\n      - d\n";

        MarkdownLimits.Apply(markdown).ShouldBeSameAs(markdown);
    }

    [Test]
    public void A_code_fence_keeps_its_markers_verbatim()
    {
        var markdown = "```\n" + new string('>', 100) + "\n```";

        MarkdownLimits.Apply(markdown).ShouldBeSameAs(markdown);
        PostHtmlPolicy.Parse(Renderer.Render(markdown).Html).QuerySelector("code")!.TextContent.ShouldBe(new string('>', 100) + "\n");
    }

    [Test]
    public void A_wide_table_header_cannot_multiply_the_output()
    {
        var markdown = string.Concat(Enumerable.Repeat("|c", 5_000)) + "|\n" + string.Concat(Enumerable.Repeat("|-", 5_000)) + "|\n"
            + string.Concat(Enumerable.Repeat("|r\n", 5_000));

        var html = Renderer.Render(markdown).Html;

        // Uncapped, every one of the 5,000 rows would be padded to 5,000 cells: 25 million cells.
        html.Length.ShouldBeLessThan(markdown.Length * 10);
        PostHtmlPolicy.Parse(html).QuerySelectorAll("tr").Select(tr => tr.Children.Length).DefaultIfEmpty(0).Max()
            .ShouldBeLessThanOrEqualTo(MarkdownLimits.MaxPipesPerLine + 1);
    }

    [Test]
    public void A_table_padded_far_beyond_what_was_typed_loses_its_empty_trailing_cells()
    {
        var markdown = string.Concat(Enumerable.Repeat("|c", 15)) + "|\n" + string.Concat(Enumerable.Repeat("|-", 15)) + "|\n"
            + string.Concat(Enumerable.Repeat("|r\n", 1_000));

        var html = Renderer.Render(markdown).Html;

        html.Length.ShouldBeLessThan(markdown.Length * 10);
        PostHtmlPolicy.Parse(html).QuerySelectorAll("tbody tr").Length.ShouldBe(1_000);
    }

    [Test]
    public void A_table_too_long_for_its_width_keeps_two_pipes_a_line_and_its_text()
    {
        // 16 columns over 10,000 rows would be 160,000 cells for Markdig to build before any are trimmed.
        var markdown = string.Concat(Enumerable.Repeat("|c", 15)) + "|\n" + string.Concat(Enumerable.Repeat("|-", 15)) + "|\n"
            + string.Concat(Enumerable.Repeat("|r\n", 10_000));

        var limited = MarkdownLimits.Apply(markdown);
        var html = Renderer.Render(markdown).Html;

        limited.Split('\n').Max(line => line.Replace("\\|", "", StringComparison.Ordinal).Count(c => c == '|')).ShouldBe(2);
        PostHtmlPolicy.Parse(html).Body!.TextContent.Count(c => c == 'r').ShouldBe(10_000);
    }

    [Test]
    public void A_small_table_keeps_its_padding()
    {
        var html = Renderer.Render("| a | b | c |\n|---|---|---|\n| 1 |\n| 1 | 2 | 3 |").Html;

        PostHtmlPolicy.Parse(html).QuerySelectorAll("tbody tr").Select(tr => tr.Children.Length).ShouldBe([3, 3]);
    }

    [Test]
    public void Delimiters_beyond_the_block_budget_become_text_and_the_rest_of_the_post_keeps_its_formatting()
    {
        var flood = string.Concat(Enumerable.Repeat("*a* ", 1_000));
        var html = Renderer.Render(flood + "\n\n*after*").Html;

        var document = PostHtmlPolicy.Parse(html);
        document.QuerySelectorAll("p")[0].QuerySelectorAll("em").Length.ShouldBe(MarkdownLimits.MaxDelimiterRunsPerBlock / 2);
        document.QuerySelectorAll("p")[1].QuerySelector("em").ShouldNotBeNull();
    }

    [TestCase("- `\n- {0}\n- `")]
    [TestCase("` a\nb ` {0} ` c")]
    public void Backticks_cannot_hide_a_flood_of_delimiters_from_the_budget(string template)
    {
        var markdown = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, string.Concat(Enumerable.Repeat("*a* ", 1_000)));

        var html = Renderer.Render(markdown).Html;

        PostHtmlPolicy.Parse(html).QuerySelectorAll("em").Length.ShouldBeLessThanOrEqualTo(MarkdownLimits.MaxDelimiterRunsPerBlock / 2);
    }

    // Each line would be a block of its own if it started one; in Markdig all of them continue the first
    // paragraph, so they must share its budget, or the quadratic case is back one line at a time.
    [TestCase("    - {0}\n", TestName = "bullets indented four columns continue a paragraph")]
    [TestCase("2. {0}\n", TestName = "items numbered 2 cannot start a list inside a paragraph")]
    [TestCase("    # h\n{0}\n", TestName = "headings indented four columns continue a paragraph")]
    [TestCase("    ```\n{0}\n", TestName = "fences indented four columns continue a paragraph")]
    [TestCase("-\n{0}\n", TestName = "empty list items cannot interrupt a paragraph")]
    public void Lines_that_continue_a_paragraph_share_its_budget(string lineTemplate)
    {
        var line = string.Format(System.Globalization.CultureInfo.InvariantCulture, lineTemplate, string.Concat(Enumerable.Repeat("*a* ", 10)));
        var markdown = "x\n" + string.Concat(Enumerable.Repeat(line, 300));

        var html = Renderer.Render(markdown).Html;

        PostHtmlPolicy.Parse(html).QuerySelectorAll("em").Length.ShouldBeLessThanOrEqualTo(MarkdownLimits.MaxDelimiterRunsPerBlock / 2);
    }

    [Test]
    public void A_fence_ends_with_its_list_item_so_the_text_after_it_is_counted()
    {
        var markdown = "- ```\n" + string.Concat(Enumerable.Repeat("*a* ", 3_000)) + "\n";

        var html = Renderer.Render(markdown).Html;

        PostHtmlPolicy.Parse(html).QuerySelectorAll("em").Length.ShouldBeLessThanOrEqualTo(MarkdownLimits.MaxDelimiterRunsPerBlock / 2);
    }

    [Test]
    public void Each_item_of_a_tight_list_is_a_block_of_its_own()
    {
        var markdown = string.Concat(Enumerable.Range(1, 2_000).Select(i => $"{(i == 1 ? 1 : i)}. **day {i}**\n"))
                       + string.Concat(Enumerable.Range(1, 2_000).Select(i => $"- **day {i}**\n"));

        MarkdownLimits.Apply(markdown).ShouldBeSameAs(markdown);
    }

    [Test]
    public void Input_longer_than_the_body_cap_still_renders()
    {
        var markdown = StoryText.Build(4 * PostBody.MaxLength) + AdversarialText.Build(4 * PostBody.MaxLength);

        Should.NotThrow(() => Renderer.Render(markdown));
    }
}
