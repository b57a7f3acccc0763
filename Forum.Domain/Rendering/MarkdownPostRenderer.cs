using System.Net;
using System.Text;
using Markdig;
using Markdig.Extensions.AutoLinks;
using Markdig.Extensions.Tables;
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

    // Extensions are chosen one by one. UseAdvancedExtensions() would bring generic attributes ({onclick=...})
    // and task lists (<input>), which the sanitizer would strip anyway but a writer should not be offered.
    // Pipelines are thread-safe once built; build it once for the whole process.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseAutoLinks(new AutoLinkOptions { UseHttpsForWWWLinks = true })
        .UseListExtras()
        .Build();

    private readonly PostSanitizer _sanitizer = new();

    public int CurrentVersion => 1;

    public PostBody Render(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        source = PlainText.Storable(source);
        return new PostBody(source, _sanitizer.Sanitize(ToUnsafeHtml(source)), CurrentVersion);
    }

    /// <summary>The post as Markdig renders it under this site's rules, before sanitizing. Never throws.</summary>
    internal static string ToUnsafeHtml(string source)
    {
        try
        {
            var document = Markdown.Parse(MarkdownLimits.Apply(source), Pipeline);
            ShiftHeadings(document);
            ImagesToLinks(document);
            TrimPaddedCells(document);
            return document.ToHtml(Pipeline);
        }
        catch (Exception)
        {
            // Markdig's depth limit (an ArgumentException) caught something MarkdownLimits let through, or
            // Markdig failed some other way. A post must still be shown, and as escaped text it is safe.
            return AsPlainText(source);
        }
    }

    private static void ShiftHeadings(MarkdownDocument document)
    {
        foreach (var heading in document.Descendants<HeadingBlock>())
            heading.Level = Math.Min(heading.Level + HeadingShift, 6);
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
        }
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
