namespace Forum.Domain.Rendering;

/// <summary>
/// The list items that may still be open, line by line, so that <see cref="MarkdownLimits"/> knows where a
/// line can start a block and where Markdig would read it as the continuation of a paragraph instead.
/// </summary>
/// <remarks>
/// A line starts a block only if it is indented less than four columns past the text of the innermost item it
/// belongs to (four more would be indented code, which cannot interrupt a paragraph). Items are forgotten
/// eagerly: any line indented less than an item's text ends it here, even a lazy continuation line that
/// Markdig would keep inside. Forgetting too many only makes fewer lines start blocks, and a block here must
/// never be smaller than Markdig's paragraph.
/// </remarks>
internal sealed class OpenListItems
{
    private readonly List<(char Kind, int ContentColumn)> _items = [];
    private int _quoteDepth;
    private bool _continuesList;

    /// <summary>Moves past the line's start; whether it is indented little enough to start a block.</summary>
    public bool Enter(LineStart line)
    {
        if (line.QuoteDepth != _quoteDepth)
        {
            _items.Clear();
            _quoteDepth = line.QuoteDepth;
        }
        _continuesList = false;
        while (_items.Count > 0 && _items[^1].ContentColumn > line.RelativeIndent)
        {
            _continuesList |= line.IsListItem && _items[^1].Kind == line.ItemKind;
            _items.RemoveAt(_items.Count - 1);
        }
        var itemText = _items.Count > 0 ? _items[^1].ContentColumn : 0;
        return line.RelativeIndent - itemText < 4;
    }

    /// <summary>
    /// Whether the line, already <see cref="Enter"/>ed and able to start a block, begins a list item. A bullet
    /// item with text always interrupts a paragraph; an ordered one only as a list's first item numbered 1,
    /// or as the next item of an ordered list already open.
    /// </summary>
    public bool StartsItem(LineStart line)
    {
        if (!line.IsListItem)
            return false;
        var starts = line.ItemKind is '-' or '+' or '*' || line.ItemNumber == 1 || _continuesList;
        if (starts)
            _items.Add((line.ItemKind, line.ContentColumn));
        return starts;
    }
}
