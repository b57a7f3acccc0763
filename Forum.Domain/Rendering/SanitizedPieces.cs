using System.Globalization;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Forum.Domain.Rendering;

/// <summary>
/// Renders Markdig's document to HTML and sanitizes it in pieces, each a few hundred siblings at most, instead
/// of as one fragment. HtmlSanitizer's walk over a parsed fragment costs more per node the more siblings the
/// node has (issue 28: 10,000 paragraphs, list items or code spans took hundreds of milliseconds), so a
/// bounded number of siblings per piece keeps the whole render linear in the text.
/// </summary>
/// <remarks>
/// Every piece is whole HTML on its own: a run of leaf blocks or of list items made of leaf blocks, or a run
/// of a long leaf block's top-level inlines, each of which Markdig renders balanced, so no tag or attribute can open in one piece and close in another; and
/// raw HTML is off, so no writer's markup is ever split. The tags written around pieces here (lists, items,
/// quotes, paragraphs, headings) come from the document's structure, never from the writer's text, and carry
/// only attributes checked here. Each piece is sanitized at its depth in the whole, so the depth limit holds
/// as if the post were sanitized in one go: the result is the same fixed point.
/// </remarks>
internal sealed class SanitizedPieces
{
    /// <summary>
    /// Siblings per piece (blocks, list items, or a long paragraph's inlines): enough that a sanitizer call's
    /// fixed cost is shared by many, few enough that the cost per sibling stays flat.
    /// </summary>
    /// <remarks>
    /// Measured by turns on the thread's CPU clock (the <c>piece-size</c> and <c>piece-budget</c> benchmarks):
    /// one call costs as much as about 40 siblings before it reads anything, and past about 512 nodes under
    /// one parent AngleSharp's serializer grows with the square of them. 256 siblings, each an element and
    /// at most one line break, stay below that.
    /// </remarks>
    internal const int SiblingsPerPiece = 256;

    private int _pending;

    private readonly int _siblingsPerPiece;
    private readonly Func<string, int, string> _sanitize;
    private readonly StringBuilder _output = new();
    private readonly StringWriter _piece = new();
    private readonly HtmlRenderer _renderer;

    private SanitizedPieces(Func<string, int, string> sanitize, int siblingsPerPiece)
    {
        _sanitize = sanitize;
        _siblingsPerPiece = siblingsPerPiece;
        _renderer = new HtmlRenderer(_piece);
        MarkdownPostRenderer.Pipeline.Setup(_renderer);
    }

    public static string Render(MarkdownDocument document, PostSanitizer sanitizer) =>
        Render(document, sanitizer.SanitizePiece, SiblingsPerPiece);

    /// <param name="sanitize">Sanitizes one piece that will sit inside the given number of elements.</param>
    internal static string Render(MarkdownDocument document, Func<string, int, string> sanitize, int siblingsPerPiece)
    {
        var pieces = new SanitizedPieces(sanitize, siblingsPerPiece);
        pieces.WriteChildren(document, depth: 0, implicitParagraphs: false);
        return pieces._output.ToString();
    }

    private void WriteChildren(ContainerBlock container, int depth, bool implicitParagraphs)
    {
        foreach (var block in container)
            WriteBlock(block, depth, implicitParagraphs);
        // A piece never reaches past the container it started in.
        Flush(depth);
    }

    private void WriteBlock(Block block, int depth, bool implicitParagraphs)
    {
        switch (block)
        {
            case QuoteBlock quote:
                Flush(depth);
                Structure("<blockquote>\n");
                WriteChildren(quote, depth + 1, implicitParagraphs: false);
                Structure("</blockquote>\n");
                break;
            case ListBlock list:
                Flush(depth);
                Structure(OpeningTag(list) + "\n");
                foreach (var item in list.OfType<ListItemBlock>())
                    WriteItem(item, depth + 1, implicitParagraphs: !list.IsLoose);
                Flush(depth + 1);
                Structure(list.IsOrdered ? "</ol>\n" : "</ul>\n");
                break;
            case ParagraphBlock { Inline: { } inlines } when inlines.Count() > _siblingsPerPiece:
                Flush(depth);
                if (!implicitParagraphs)
                    _output.Append("<p>");
                WriteInlines(inlines, implicitParagraphs ? depth : depth + 1);
                Structure(implicitParagraphs ? "\n" : "</p>\n");
                break;
            case HeadingBlock { Inline: { } inlines } heading when inlines.Count() > _siblingsPerPiece:
                Flush(depth);
                var level = heading.GetAttributes().Properties?.FirstOrDefault(p => p.Key == PostSanitizer.HeadingLevelAttribute).Value;
                _output.Append(CultureInfo.InvariantCulture, $"<h{heading.Level}")
                    .Append(level is "7" or "8" ? $" {PostSanitizer.HeadingLevelAttribute}=\"{level}\">" : ">");
                WriteInlines(inlines, depth + 1);
                Structure(string.Create(CultureInfo.InvariantCulture, $"</h{heading.Level}>\n"));
                break;
            default:
                _renderer.ImplicitParagraph = implicitParagraphs;
                _renderer.Write(block);
                _renderer.EnsureLine();
                Added(depth);
                break;
        }
    }

    /// <summary>
    /// An item of leaf blocks goes into the pending piece whole, its <c>li</c> sanitized with it, so that a
    /// long list of short items costs a few sanitizer calls, not one per item.
    /// </summary>
    private void WriteItem(ListItemBlock item, int depth, bool implicitParagraphs)
    {
        if (item.All(IsSmallLeaf))
        {
            _renderer.ImplicitParagraph = implicitParagraphs;
            _renderer.Write("<li>");
            foreach (var block in item)
                _renderer.Write(block);
            _renderer.WriteLine("</li>");
            Added(depth);
            return;
        }
        Flush(depth);
        _output.Append("<li>");
        WriteChildren(item, depth + 1, implicitParagraphs);
        EnsureLine();
        Structure("</li>\n");
    }

    private bool IsSmallLeaf(Block block) => block switch
    {
        LeafBlock { Inline: { } inlines } => inlines.Count() <= _siblingsPerPiece,
        LeafBlock or Table => true,
        _ => false,
    };

    private void Added(int depth)
    {
        if (++_pending >= _siblingsPerPiece)
            Flush(depth);
    }

    private void WriteInlines(ContainerInline inlines, int depth)
    {
        foreach (var inline in inlines)
        {
            _renderer.Write(inline);
            Added(depth);
        }
        Flush(depth);
    }

    private void Flush(int depth)
    {
        _piece.Flush();
        var html = _piece.GetStringBuilder();
        if (html.Length == 0)
            return;
        _output.Append(_sanitize(html.ToString(), depth));
        html.Clear();
        _pending = 0;
    }

    /// <summary>
    /// Writes a tag of the document's structure between pieces. Markdig's renderer starts a block on a new
    /// line unless it knows it is at one; told here, it writes the same line breaks wherever the cuts fall.
    /// </summary>
    private void Structure(string html)
    {
        _output.Append(html);
        if (!html.EndsWith('\n'))
            return;
        // Only the line break written to tell it goes; anything else in the piece stays for its sanitizer call.
        var piece = _piece.GetStringBuilder();
        var length = piece.Length;
        _renderer.WriteLine();
        piece.Length = length;
    }

    private void EnsureLine()
    {
        if (_output.Length > 0 && _output[^1] != '\n')
            _output.Append('\n');
    }

    /// <summary>The list's opening tag as Markdig writes it, with only the values the policy allows.</summary>
    private static string OpeningTag(ListBlock list)
    {
        if (!list.IsOrdered)
            return "<ul>";
        var tag = new StringBuilder("<ol");
        if (list.BulletType is 'a' or 'A' or 'i' or 'I')
            tag.Append(" type=\"").Append(list.BulletType).Append('"');
        if (list.OrderedStart is { } start && start != "1" && int.TryParse(start, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            tag.Append(" start=\"").Append(number.ToString(CultureInfo.InvariantCulture)).Append('"');
        return tag.Append('>').ToString();
    }
}
