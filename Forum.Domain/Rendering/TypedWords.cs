using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Forum.Domain.Rendering;

/// <summary>
/// Puts back what Markdig parses but never shows, so that no word a writer typed disappears (issue 28):
/// a link reference definition no link uses, a fence's info string beyond its language, a link with no text, a
/// table's delimiter row with words on it.
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
    /// class, and the sanitizer keeps that only if it is a language's name ("~~~w3>!" keeps nothing). Where there
    /// is more than a language, the writer's whole line is shown above the code.
    /// </summary>
    private static void ShowFenceInfo(MarkdownDocument document)
    {
        foreach (var fence in document.Descendants<FencedCodeBlock>().ToList())
        {
            var arguments = !string.IsNullOrWhiteSpace(fence.Arguments);
            if (!arguments && (string.IsNullOrEmpty(fence.Info) || PostSanitizer.KeepsAsLanguage(fence.Info)))
                continue;
            var parent = fence.Parent!;
            parent.Insert(parent.IndexOf(fence), Paragraph(arguments ? $"{fence.Info} {fence.Arguments}" : fence.Info!));
        }
    }

    /// <summary>
    /// GFM reads a table only above a delimiter row of nothing but dashes, colons and pipes. Markdig looks only at
    /// the text just before each pipe and drops the rest of the row, so "--- | --- my [best](…) week" or
    /// "|--- so ++tired++ |---|" made a table and lost the words. Such a table's pipes are escaped, so its lines
    /// become the paragraph GFM makes of them.
    /// </summary>
    /// <returns>The source to parse again, or null when every table's delimiter row is only a delimiter row.</returns>
    public static string? UntableWordyDelimiterRows(MarkdownDocument document, string source)
    {
        StringBuilder? escaped = null;
        var copied = 0;
        foreach (var table in document.Descendants<Table>().OrderBy(t => t.Span.Start))
        {
            if (IsDelimiterRow(LineAfter(source, table.Span.Start)))
                continue;
            escaped ??= new StringBuilder(source.Length + 64);
            for (var i = Math.Max(table.Span.Start, copied); i <= table.Span.End && i < source.Length; i++)
            {
                if (source[i] != '|' || IsEscaped(source, i))
                    continue;
                escaped.Append(source, copied, i - copied).Append('\\');
                copied = i;
            }
        }
        return escaped?.Append(source, copied, source.Length - copied).ToString();
    }

    /// <summary>The line after the one <paramref name="start"/> is on: a table's header line is its first.</summary>
    private static ReadOnlySpan<char> LineAfter(string source, int start)
    {
        var rest = source.AsSpan(Math.Min(start, source.Length));
        var end = rest.IndexOfAny('\n', '\r');
        if (end < 0)
            return [];
        rest = rest[(end + (rest[end..].StartsWith("\r\n") ? 2 : 1))..];
        var next = rest.IndexOfAny('\n', '\r');
        return next < 0 ? rest : rest[..next];
    }

    /// <summary>Dashes with a colon at either end, between pipes, after the quote markers and indentation of a container.</summary>
    private static bool IsDelimiterRow(ReadOnlySpan<char> line)
    {
        line = line.TrimStart(" \t>").TrimEnd(" \t");
        if (line.StartsWith('|'))
            line = line[1..];
        if (line.EndsWith('|'))
            line = line[..^1];
        foreach (var range in line.Split('|'))
        {
            var cell = line[range].Trim(" \t");
            if (cell.StartsWith(':'))
                cell = cell[1..];
            if (cell.EndsWith(':'))
                cell = cell[..^1];
            if (cell.IsEmpty || cell.ContainsAnyExcept('-'))
                return false;
        }
        return true;
    }

    private static bool IsEscaped(string source, int at)
    {
        var backslashes = 0;
        while (at - backslashes > 0 && source[at - backslashes - 1] == '\\')
            backslashes++;
        return backslashes % 2 == 1;
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
