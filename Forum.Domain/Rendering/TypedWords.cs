using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Forum.Domain.Rendering;

/// <summary>
/// Puts back what Markdig parses but never shows, so that no word a writer typed disappears (issue 28):
/// a link reference definition no link uses, a fence's info string beyond its language, a link with no text.
/// Table alignment becomes a class, as the CSP forbids the style attribute Markdig would write.
/// </summary>
internal static class TypedWords
{
    public static void Keep(MarkdownDocument document, string source)
    {
        ShowUnusedDefinitions(document, source);
        ShowFenceInfo(document);
        NoEmptyLinks(document);
        AlignmentAsClasses(document);
    }

    /// <summary>"[Day 2]: better" on its own line is a definition to CommonMark; unless a link uses it, it is words.</summary>
    private static void ShowUnusedDefinitions(MarkdownDocument document, string source)
    {
        var used = document.Descendants<LinkInline>().Select(l => l.Reference).OfType<LinkReferenceDefinition>().ToHashSet();
        foreach (var group in document.Descendants<LinkReferenceDefinitionGroup>().ToList())
        {
            var parent = group.Parent!;
            var at = parent.IndexOf(group);
            foreach (var definition in group.OfType<LinkReferenceDefinition>())
            {
                if (used.Contains(definition) || definition.Span.IsEmpty || definition.Span.End >= source.Length)
                    continue;
                parent.Insert(++at, Paragraph(source.Substring(definition.Span.Start, definition.Span.Length)));
            }
        }
    }

    /// <summary>
    /// "~~~ Day 3 ~~~" opens a fence whose info string is "Day 3 ~~~"; Markdig keeps only its first word, as a
    /// class. Where there is more than a language, the writer's whole line is shown above the code.
    /// </summary>
    private static void ShowFenceInfo(MarkdownDocument document)
    {
        foreach (var fence in document.Descendants<FencedCodeBlock>().ToList())
        {
            if (string.IsNullOrWhiteSpace(fence.Arguments))
                continue;
            var parent = fence.Parent!;
            parent.Insert(parent.IndexOf(fence), Paragraph($"{fence.Info} {fence.Arguments}"));
        }
    }

    /// <summary>
    /// "[&lt;https://x&gt;](https://a)" puts a link inside a link, which HTML cannot hold: the outer one would
    /// be left empty and invisible. An inner autolink keeps its text; a link with no text shows its address.
    /// </summary>
    private static void NoEmptyLinks(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().Where(l => !l.IsImage).ToList())
        {
            foreach (var inner in link.Descendants<AutolinkInline>().ToList())
                inner.ReplaceBy(new LiteralInline(inner.Url));
            if (!link.Descendants<LiteralInline>().Any(l => !l.Content.IsEmpty && !l.Content.ToString().All(char.IsWhiteSpace))
                && !link.Descendants<CodeInline>().Any())
                link.AppendChild(new LiteralInline(string.IsNullOrEmpty(link.Url) ? "link" : link.Url));
        }
    }

    private static void AlignmentAsClasses(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>())
        {
            var columns = table.ColumnDefinitions;
            foreach (var row in table.OfType<TableRow>())
            {
                foreach (var cell in row.OfType<TableCell>())
                {
                    var column = cell.ColumnIndex >= 0 ? cell.ColumnIndex : row.IndexOf(cell);
                    if (column < columns.Count && columns[column].Alignment is { } alignment)
                        cell.GetAttributes().AddClass("align-" + alignment.ToString().ToLowerInvariant());
                }
            }
            foreach (var column in columns)
                column.Alignment = null;
        }
    }

    private static ParagraphBlock Paragraph(string text)
    {
        var inlines = new ContainerInline();
        inlines.AppendChild(new LiteralInline(text));
        return new ParagraphBlock { Inline = inlines };
    }
}
