namespace Forum.Domain.Rendering;

/// <summary>How a line of Markdown begins: its block quote markers, its indentation and any list marker.</summary>
/// <param name="QuoteDepth">Block quote markers before anything else on the line.</param>
/// <param name="Indent">Columns before the line's first character that is not a space, tab or <c>&gt;</c>.</param>
/// <param name="RelativeIndent">Columns of indentation inside the innermost quote.</param>
/// <param name="ItemKind">
/// <c>-</c>, <c>+</c> or <c>*</c> for a bullet item, <c>.</c> or <c>)</c> for an ordered one, or <c>\0</c>
/// when the line does not begin a list item that has text on its first line.
/// </param>
/// <param name="ItemNumber">An ordered item's number.</param>
/// <param name="ContentColumn">For an item, where its text starts, counted like <paramref name="RelativeIndent"/>.</param>
internal readonly record struct LineStart(int QuoteDepth, int Indent, int RelativeIndent, char ItemKind, long ItemNumber, int ContentColumn)
{
    public bool IsListItem => ItemKind != '\0';

    public static LineStart Read(string source, int start, int end)
    {
        var i = start;
        var column = 0;
        var relative = 0;
        var quotes = 0;
        while (i < end)
        {
            var c = source[i];
            if (c is ' ' or '\t')
            {
                // A tab counts four columns: more than it may be worth, which only makes a line look more
                // indented, and a more indented line starts fewer blocks.
                var width = c == ' ' ? 1 : 4;
                column += width;
                relative += width;
                i++;
            }
            else if (c == '>')
            {
                quotes++;
                column++;
                i++;
                relative = 0;
                // The one space after a quote marker belongs to it.
                if (i < end && source[i] == ' ')
                {
                    column++;
                    i++;
                }
            }
            else
            {
                break;
            }
        }

        var (kind, number, markerEnd) = ListMarker(source, i, end);
        var contentColumn = 0;
        if (kind != '\0')
        {
            var spaces = 0;
            var j = markerEnd;
            while (j < end && source[j] is ' ' or '\t')
            {
                spaces += source[j] == ' ' ? 1 : 4;
                j++;
            }
            if (j >= end)
                kind = '\0'; // an empty item cannot interrupt a paragraph
            // Five or more spaces after a marker make the text indented code inside the item.
            contentColumn = relative + (markerEnd - i) + (spaces > 4 ? 1 : spaces);
        }
        return new LineStart(quotes, column, relative, kind, number, contentColumn);
    }

    private static (char Kind, long Number, int End) ListMarker(string source, int i, int end)
    {
        if (i >= end)
            return default;
        var c = source[i];
        if (c is '-' or '+' or '*')
            return i + 1 < end && source[i + 1] is ' ' or '\t' ? (c, 0, i + 1) : default;
        var j = i;
        while (j < end && j - i < 9 && char.IsAsciiDigit(source[j]))
            j++;
        if (j == i || j + 1 >= end || source[j] is not ('.' or ')') || source[j + 1] is not (' ' or '\t'))
            return default;
        return (source[j], long.Parse(source.AsSpan(i, j - i), System.Globalization.CultureInfo.InvariantCulture), j + 1);
    }
}
