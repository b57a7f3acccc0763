using System.Net;
using Markdig;
using Markdig.Extensions.AutoLinks;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Forum.Domain.Rendering;

/// <summary>
/// Markdig with raw HTML disabled, then an allowlist sanitizer over the decoded output.
/// Markdig is not a sanitizer (its own documentation says so), so the sanitizer always has the last word.
/// </summary>
public sealed class MarkdownPostRenderer : IPostRenderer
{
    /// <summary>A post's <c>#</c> becomes <c>&lt;h3&gt;</c>: the page's own h1 and h2 stay above anything a writer types.</summary>
    public const int HeadingShift = 2;

    /// <summary>The deepest level Markdown has; levels past the last HTML heading keep their place as <c>aria-level</c>.</summary>
    private const int DeepestMarkdownHeading = 6;

    // Extensions are chosen one by one. UseAdvancedExtensions() would bring generic attributes ({onclick=...})
    // and task lists (<input>), which the sanitizer would strip anyway but a writer should not be offered.
    // Left out because they rewrite ordinary prose: list extras ("J. K. Rowling wrote" became a nested
    // ordered list, a leading "I." showed as "B."), and superscript and subscript, which span words between
    // two carets or tildes ("2^3 to 2^5", "10~20 to 30~40").
    // Pipelines are thread-safe once built; build it once for the whole process.
    internal static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough | EmphasisExtraOptions.Inserted | EmphasisExtraOptions.Marked)
        .UsePipeTables()
        .UseAutoLinks(new AutoLinkOptions { UseHttpsForWWWLinks = true })
        // "**「ありがとう」**と": CommonMark's flanking rules need punctuation or space beside a closing
        // delimiter, which Chinese, Japanese and Korean text has none of between words.
        .UseCjkFriendlyEmphasis()
        .Build();

    private readonly PostSanitizer _sanitizer = new();

    /// <summary>
    /// 2: HtmlSanitizer; list extras, superscript and subscript off; heading levels 5 and 6 kept apart; links
    /// inside images; inline budgets per block.
    /// 3: sanitized in pieces; no typed word dropped (unused link reference definitions, fence info strings,
    /// empty links); table alignment as classes; CJK-friendly emphasis.
    /// 4: a fence's first word shown when it is no language's name; a delimiter row with words makes no table.
    /// 5: pieces of up to 256 siblings, and the same line breaks between blocks wherever the pieces are cut
    /// (a long paragraph could leave an empty line after it).
    /// </summary>
    public int CurrentVersion => 5;

    public PostBody Render(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        source = PlainText.Storable(source);
        return new PostBody(source, RenderSanitized(source), CurrentVersion);
    }

    /// <summary>The post sanitized piece by piece (see <see cref="SanitizedPieces"/>), so its cost stays linear.</summary>
    private string RenderSanitized(string source)
    {
        try
        {
            return SanitizedPieces.Render(Parse(source), _sanitizer);
        }
        catch (Exception)
        {
            // As in ToUnsafeHtml: a post must still be shown, and as escaped text it is safe.
            return _sanitizer.Sanitize(AsPlainText(source));
        }
    }

    /// <summary>The post as Markdig renders it under this site's rules, before sanitizing. Never throws.</summary>
    internal static string ToUnsafeHtml(string source)
    {
        try
        {
            return Parse(source).ToHtml(Pipeline);
        }
        catch (Exception)
        {
            // Markdig's depth limit (an ArgumentException) caught something MarkdownLimits let through, or
            // Markdig failed some other way. A post must still be shown, and as escaped text it is safe.
            return AsPlainText(source);
        }
    }

    internal static MarkdownDocument Parse(string source)
    {
        var limited = MarkdownLimits.Apply(source);
        var document = Markdown.Parse(limited, Pipeline);
        // Escaping a wordy delimiter row's pipes leaves no table there; the bound is for lines that become one anew.
        for (var again = 0; again < 3 && TypedWords.UntableWordyDelimiterRows(document, limited) is { } untabled; again++)
        {
            limited = untabled;
            document = Markdown.Parse(limited, Pipeline);
        }
        ShiftHeadings(document);
        ImagesToLinks(document);
        TrimPaddedCells(document);
        TypedWords.Keep(document, limited);
        return document;
    }

    /// <summary>
    /// Only h3 to h6 are left for a post's six levels, so the last three would all be h6: there the real
    /// level goes on as <c>aria-level</c> (7 and 8), which assistive technology reads as the heading's level.
    /// </summary>
    private static void ShiftHeadings(MarkdownDocument document)
    {
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var level = heading.Level + HeadingShift;
            heading.Level = Math.Min(level, DeepestMarkdownHeading);
            if (level > DeepestMarkdownHeading)
                heading.GetAttributes().AddProperty(PostSanitizer.HeadingLevelAttribute, level.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>
    /// An image would be fetched by every reader's browser, telling its host who reads the story, so an image
    /// becomes a link to it, labelled with its alt text; the reader chooses whether to follow it.
    /// </summary>
    private static void ImagesToLinks(MarkdownDocument document)
    {
        foreach (var image in document.Descendants<LinkInline>().Where(l => l.IsImage).ToList())
        {
            if (IsInsideLink(image))
            {
                // A link inside a link is not HTML; inside a link an image keeps only its alt text.
                image.MoveChildrenAfter(image);
                image.Remove();
                continue;
            }

            image.IsImage = false;
            if (image.FirstChild is null)
                image.AppendChild(new LiteralInline(image.Url ?? "image"));
            // An image's description may hold links (CommonMark examples 520 and 575); as the text of a
            // link they would nest, and a browser would split the image's link in two around them.
            foreach (var inner in image.Descendants<Inline>().Where(i => i is LinkInline { IsImage: false } or AutolinkInline).ToList())
                Unwrap(inner);
        }
    }

    /// <summary>Puts an inline's text where it was, without its link.</summary>
    private static void Unwrap(Inline inline)
    {
        if (inline is AutolinkInline autolink)
        {
            inline.ReplaceBy(new LiteralInline(autolink.Url));
            return;
        }
        ((ContainerInline)inline).MoveChildrenAfter(inline);
        inline.Remove();
    }

    /// <summary>
    /// Markdig pads every row of a table to the widest row, so a wide header over many one-cell rows would turn
    /// a few characters into hundreds of empty cells. Where padding outweighs what was typed, trailing empty
    /// cells go: a browser draws a short row just as well.
    /// </summary>
    private static void TrimPaddedCells(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>())
        {
            var rows = table.OfType<TableRow>().ToList();
            if (rows.Sum(row => row.Count) * 4 <= table.Span.Length)
                continue;
            foreach (var row in rows)
            {
                while (row.Count > 1 && row[^1] is TableCell { Count: 0 })
                    row.RemoveAt(row.Count - 1);
            }
        }
    }

    private static bool IsInsideLink(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline)
                return true;
        }
        return false;
    }

    private static string AsPlainText(string source)
    {
        var html = new StringBuilder(source.Length + 64);
        foreach (var paragraph in source.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            html.Append("<p>")
                .Append(WebUtility.HtmlEncode(paragraph.Trim('\n')).Replace("\n", "<br>\n", StringComparison.Ordinal))
                .Append("</p>\n");
        }
        return html.ToString();
    }
}
