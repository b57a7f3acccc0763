using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;

namespace Forum.Tests.Rendering;

/// <summary>Issue 28 item 9: no word a writer typed disappears in rendering.</summary>
[TestFixture]
[Category("Unit")]
public sealed partial class TypedWordsTests
{
    private static readonly MarkdownPostRenderer Renderer = new();

    private static IHtmlDocument Render(string markdown)
    {
        var html = Renderer.Render(markdown).Html;
        PostHtmlPolicy.AssertSafe(html, $"Markdown: {markdown}");
        return PostHtmlPolicy.Parse(html);
    }

    private static string TextOf(string markdown) => Render(markdown).Body!.TextContent;

    [Test]
    public void A_link_reference_definition_nobody_uses_shows_as_written()
    {
        TextOf("[Day 2]: better\n\nStill here.").ShouldContain("[Day 2]: better");
    }

    [Test]
    public void A_used_link_reference_definition_makes_its_link_and_is_not_shown()
    {
        var body = Render("A [friend] called.\n\n[friend]: https://example.org/f").Body!;

        body.QuerySelector("a")!.GetAttribute("href").ShouldBe("https://example.org/f");
        body.TextContent.ShouldNotContain("https://example.org/f");
    }

    [Test]
    public void A_fence_info_string_beyond_the_language_word_is_shown()
    {
        var body = Render("~~~ Day 3 ~~~\nwoke up early\n");

        body.Body!.TextContent.ShouldContain("Day 3 ~~~");
        body.Body.TextContent.ShouldContain("woke up early");
    }

    [TestCase("~~~Thursday~~~\nwoke up early\n", "Thursday~~~")]
    [TestCase("~~~ \"Day 3\"\nwoke up early\n", "\"Day")]
    [TestCase("```w3>!\nwoke up early\n```\n", "w3>!")]
    public void A_fence_word_that_is_no_language_name_is_shown(string markdown, string word)
    {
        var body = Render(markdown).Body!;

        // The sanitizer keeps a code's class only for a language's name; any other word would go with the class.
        body.TextContent.ShouldContain(word);
        body.QuerySelector("code")!.TextContent.ShouldBe("woke up early\n");
    }

    [Test]
    public void A_fence_language_name_stays_a_class_and_is_not_shown()
    {
        var body = Render("```js\nlet day = 3;\n```\n").Body!;

        body.QuerySelector("code")!.ClassName.ShouldBe("language-js");
        body.TextContent.Trim().ShouldBe("let day = 3;");
    }

    [TestCase("| Week | Days |\n|--- so ++tired++ |---|\n| 1 | 5 |\n", "so tired")]
    [TestCase("Week | Days\n--- | --- [my best](https://example.org/b) week\n", "my best week")]
    [TestCase("> Week | Days\n> :-- | --: [then](https://example.org/t) some\n", "then some")]
    public void Words_on_a_table_delimiter_row_keep_the_lines_a_paragraph(string markdown, string words)
    {
        var body = Render(markdown).Body!;

        // GFM reads no table above a delimiter row with words on it; Markdig made one and dropped the words.
        body.QuerySelector("table").ShouldBeNull();
        body.TextContent.ShouldContain(words);
        body.TextContent.ShouldContain("Week | Days");
    }

    [Test]
    public void A_table_under_a_plain_delimiter_row_is_still_a_table()
    {
        var body = Render("> | Week | Days |\n> | :--- | ---: |\n> | 1 | 5 |\n\n- Week | Days\n  -|-\n  2 | 4\n").Body!;

        body.QuerySelectorAll("table").Length.ShouldBe(2);
        body.QuerySelectorAll("td").Select(c => c.TextContent).ShouldBe(["1", "5", "2", "4"]);
    }

    [Test]
    public void A_link_around_an_autolink_is_one_link_with_visible_text()
    {
        var links = Render("[<https://x.example>](https://a.example)").Body!.QuerySelectorAll("a");

        links.Length.ShouldBe(1);
        links[0].GetAttribute("href").ShouldBe("https://a.example");
        links[0].TextContent.ShouldBe("https://x.example");
    }

    [Test]
    public void A_link_with_no_text_shows_its_address()
    {
        Render("see [](https://example.org/help)").Body!.QuerySelector("a")!.TextContent.ShouldBe("https://example.org/help");
    }

    [Test]
    public void Table_alignment_comes_through_classes_and_never_a_style()
    {
        var body = Render("| Week | Days |\n|:-----|-----:|\n| 1 | 5 |\n| 2 | 4 |\n").Body!;

        body.QuerySelectorAll("[style]").ShouldBeEmpty();
        body.QuerySelectorAll("th, td").Select(c => c.GetAttribute("class"))
            .ShouldBe(["align-left", "align-right", "align-left", "align-right", "align-left", "align-right"]);
    }

    [Test]
    public void Emphasis_around_CJK_punctuation_before_a_letter_is_emphasis()
    {
        Render("**「ありがとう」**と").Body!.QuerySelector("strong")!.TextContent.ShouldBe("「ありがとう」");
    }

    // Each piece holds words ({w}); wherever the pieces land against each other, every word must be read.
    private static readonly string[] Pieces =
    [
        "{w} {w}", "**{w}** ", "*{w}* ", "~~{w}~~ ", "`{w}` ", "\n\n# {w}\n", "\n> {w}\n", "\n- {w}\n", "\n1. {w}\n",
        "[{w}](https://example.org/a) ", "\n\n[{w} {w}]: https://example.org/d\n", "\n\n~~~ {w} {w} ~~~\n",
        "\n\n```js\n{w}\n```\n", "\n\n| {w} | {w} |\n|:--|--:|\n| {w} | {w} |\n\n", "[<https://example.org/{w}>](https://example.org/a) ",
        "[](https://example.org/{w}) ", "**「{w}」**と", "<{w}> ", "![{w}](https://example.org/i.png) ", "\n\n{w}\n---\n",
        "{w}\\\n", "{w}  \n", "\n\n    {w}\n\n", "[{w}] ", "_{w}_ ", "\n\n***\n", "&amp; {w} ",
        "\n\n| {w} | {w} |\n|--- {w} ++{w}++ |---|\n| {w} | {w} |\n\n", "\n\n{w} | {w}\n--- | --- [{w}](https://example.org/a) {w}\n\n",
        "\n\n~~~{w}!\n{w}\n~~~\n", "\n\n```{w}>\n{w}\n```\n",
    ];

    [Test]
    public void Every_word_typed_in_generated_posts_is_in_the_rendered_text()
    {
        var random = new Random(28);
        var missing = new List<string>();
        var words = 0;
        for (var post = 0; post < 600; post++)
        {
            var markdown = new StringBuilder();
            var typed = new List<string>();
            for (var piece = random.Next(3, 14); piece > 0; piece--)
            {
                markdown.Append(Word().Replace(Pieces[random.Next(Pieces.Length)], _ =>
                {
                    var word = $"w{words++:D5}z";
                    typed.Add(word);
                    return word;
                }));
                markdown.Append(random.Next(3) switch { 0 => " ", 1 => "\n", _ => "\n\n" });
            }
            var text = TextOf(markdown.ToString());
            missing.AddRange(typed.Where(w => !text.Contains(w, StringComparison.Ordinal)).Select(w => $"{w} in: {markdown}"));
        }

        words.ShouldBeGreaterThan(3_000);
        missing.ShouldBeEmpty();
    }

    // Markdown's marks, and words, in any order: no piece above is whole, so Markdig meets what no one planned.
    private static readonly string[] Marks =
    [
        "{w}", " ", " {w} ", "*", "_", "~", "`", "[", "]", "(", ")", "<", ">", "!", "#", "|", "-", "+", "=", ":", "\\",
        "&", "1.", "http://", "www.", "\"", "'", "](", "***", "~~", "++", "==", "  ", "\t",
    ];

    private static readonly string[] LineStarts = ["", "", "", "> ", "- ", "1. ", "  "];

    [Test]
    public void Every_word_among_random_marks_is_in_the_rendered_text_or_a_link_address()
    {
        var random = new Random(2028);
        var missing = new List<string>();
        var (words, refused) = (0, 0);
        for (var post = 0; post < 5_000; post++)
        {
            var typed = new List<string>();
            var markdown = new StringBuilder();
            var start = LineStarts[random.Next(LineStarts.Length)];
            for (var line = random.Next(2, 5); line > 0; line--)
            {
                markdown.Append(markdown.Length == 0 || start == "> " ? start : new string(' ', start.Length));
                for (var mark = random.Next(1, 14); mark > 0; mark--)
                {
                    markdown.Append(Word().Replace(Marks[random.Next(Marks.Length)], _ =>
                    {
                        // Starts with a digit, so it can never be read as an address's scheme.
                        var word = $"0w{words++}z";
                        typed.Add(word);
                        return word;
                    }));
                }
                markdown.Append('\n');
            }
            var body = Render(markdown.ToString()).Body!;
            var readable = body.TextContent + " " + string.Join(" ", body.QuerySelectorAll("a[href]").Select(a => Uri.UnescapeDataString(a.GetAttribute("href")!)));
            var lost = typed.Where(w => !readable.Contains(w, StringComparison.Ordinal)).ToList();
            // A link's address the sanitizer refuses (one that reads like an unknown scheme, "](0w1z:)") is never
            // shown, by design; the words of such a post are not counted.
            if (lost.Count > 0 && body.QuerySelector("a:not([href])") is not null)
            {
                refused++;
                continue;
            }
            missing.AddRange(lost.Select(w => $"{w} in: {markdown}"));
        }

        words.ShouldBeGreaterThan(5_000);
        refused.ShouldBeLessThan(50, "nearly every post is checked");
        missing.ShouldBeEmpty();
    }

    [GeneratedRegex(@"\{w\}")]
    private static partial Regex Word();
}
