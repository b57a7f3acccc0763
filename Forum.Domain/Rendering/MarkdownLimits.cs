namespace Forum.Domain.Rendering;

/// <summary>
/// Rewrites a post's Markdown, in one linear pass, so that Markdig's cost stays linear in its length and
/// it never reaches its own depth limit (which it enforces by throwing). Only absurd input is touched, and
/// only by backslash-escaping a marker, which turns it into the same character as plain text:
/// <list type="bullet">
/// <item>a block quote or list marker that would nest deeper than <see cref="MaxNesting"/>;</item>
/// <item>emphasis runs, brackets and autolinks beyond a budget per block: Markdig resolves them in time
/// quadratic in their number within one paragraph, and nests unresolved brackets;</item>
/// <item>pipes beyond <see cref="MaxPipesPerLine"/> on a line, fewer in a long block
/// (<see cref="MaxTableCellsPerBlock"/>): Markdig pads every row of a pipe table to the widest row, so a wide
/// header over many short rows would multiply its work and the output.</item>
/// </list>
/// </summary>
/// <remarks>
/// Nesting: every container open on a line was either opened on that line or continued by its marker
/// (<c>&gt;</c>) or its indentation on that line, so markers plus half the indentation columns (a list item
/// needs at least two) over-estimate the depth without remembering earlier lines.
/// Blocks are runs of lines between blank lines, fences, headings and list items. A list item starts a block
/// only where Markdig cannot read the line as the continuation of a paragraph (see <see cref="OpenItems"/>),
/// so that a block here is never smaller than Markdig's paragraph: the budget cannot be reset from inside one.
/// The budgets sit far above what a story uses, so a writer never meets them; only hostile input is escaped.
/// The renderer's plain-text fallback catches anything this heuristic misses.
/// </remarks>
internal static class MarkdownLimits
{
    public const int MaxNesting = 32;

    /// <summary>
    /// A hundred emphasized phrases in one paragraph or list item. Markdig's cost grows with the runs in a
    /// paragraph times its length, so this is the budget that bounds a hostile post's cost most.
    /// </summary>
    public const int MaxDelimiterRunsPerBlock = 200;
    public const int MaxBracketsPerBlock = 1_000;

    /// <summary>Brackets open at once: Markdig nests what follows an unclosed one, and throws past its depth limit.</summary>
    public const int MaxOpenBrackets = 100;

    public const int MaxPipesPerLine = 64;

    /// <summary>
    /// Pipes per line times lines, in one block: Markdig pads every row of a table to the widest, so this is
    /// about the number of cells it builds. A long table gets fewer pipes per line, never fewer than two.
    /// </summary>
    public const int MaxTableCellsPerBlock = 20_000;

    public static string Apply(string source)
    {
        var edits = new Edits(source);
        var block = new List<(int Start, int End)>();
        var items = new OpenListItems();
        var fence = default(Fence);
        var lineStart = 0;
        while (lineStart <= source.Length)
        {
            var lineEnd = source.AsSpan(lineStart).IndexOfAny('\n', '\r');
            lineEnd = lineEnd < 0 ? source.Length : lineStart + lineEnd;

            var (contentStart, escapeAt) = ScanPrefix(source, lineStart, lineEnd);
            var line = LineStart.Read(source, lineStart, lineEnd);
            var isBlank = IsBlank(source, lineStart, lineEnd);
            if (fence.IsOpen && !fence.Holds(line, isBlank))
                fence = default;

            if (fence.IsOpen)
            {
                // Inside a fenced code block the markers are code, not containers.
                if (fence.ClosedBy(source, contentStart, lineEnd))
                    fence = default;
            }
            else if (escapeAt >= 0)
            {
                edits.EscapeAt(escapeAt);
                block.Add((escapeAt + 1, lineEnd));
            }
            else if (isBlank)
            {
                LimitInlines(source, block, edits);
            }
            else
            {
                var canStartBlock = items.Enter(line);
                if (canStartBlock && Fence.OpenedBy(source, contentStart, lineEnd, ColumnOf(source, lineStart, contentStart), line.QuoteDepth) is { IsOpen: true } opened)
                {
                    LimitInlines(source, block, edits);
                    fence = opened;
                }
                else
                {
                    if (canStartBlock && items.StartsItem(line))
                        LimitInlines(source, block, edits);
                    block.Add((contentStart, lineEnd));
                    if (canStartBlock && IsAtxHeading(source, contentStart, lineEnd))
                        LimitInlines(source, block, edits);
                }
            }

            lineStart = lineEnd + 1;
        }
        LimitInlines(source, block, edits);
        return edits.Result();
    }

    /// <summary>Columns from the line's start, as <see cref="LineStart.Indent"/> counts them.</summary>
    private static int ColumnOf(string source, int lineStart, int index)
    {
        var column = 0;
        for (var i = lineStart; i < index; i++)
            column += source[i] == '\t' ? 4 : 1;
        return column;
    }

    /// <returns>
    /// Where the line's text starts after its container markers, and the index at which a backslash must be
    /// inserted to keep the line within <see cref="MaxNesting"/> (or -1).
    /// </returns>
    private static (int ContentStart, int EscapeAt) ScanPrefix(string source, int start, int end)
    {
        var columns = 0;
        var markers = 0;
        var i = start;
        while (i < end)
        {
            var c = source[i];
            if (c == ' ')
            {
                columns++;
                i++;
                continue;
            }
            if (c == '\t')
            {
                columns += 4;
                i++;
                continue;
            }

            var (markerEnd, escapeAt) = BlockMarker(source, i, end);
            if (markerEnd < 0)
                break;
            markers++;
            if (markers + columns / 2 > MaxNesting)
                return (i, escapeAt);
            i = markerEnd;
            // The one space that belongs to a marker is not indentation of a nested container.
            if (i < end && source[i] == ' ')
                i++;
        }
        return (i, -1);
    }

    /// <returns>The index after a block quote or list marker at <paramref name="i"/> (or -1), and where to escape it.</returns>
    private static (int End, int EscapeAt) BlockMarker(string source, int i, int end)
    {
        var c = source[i];
        if (c == '>')
            return (i + 1, i);
        if (c is '-' or '+' or '*')
            return IsSpaceOrEnd(source, i + 1, end) ? (i + 1, i) : (-1, -1);

        // Ordered items: up to nine digits, then . or ).
        var j = i;
        while (j < end && j - i < 9 && char.IsAsciiDigit(source[j]))
            j++;
        if (j == i || j >= end || source[j] is not ('.' or ')') || !IsSpaceOrEnd(source, j + 1, end))
            return (-1, -1);
        return (j + 1, j);
    }

    private static bool IsSpaceOrEnd(string source, int i, int end) => i >= end || source[i] is ' ' or '\t';

    /// <summary>Whitespace and block quote markers only: the end of a paragraph, inside a quote or not.</summary>
    private static bool IsBlank(string source, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (source[i] is not (' ' or '\t' or '>' or '\f' or '\v'))
                return false;
        }
        return true;
    }

    private static bool IsAtxHeading(string source, int start, int end)
    {
        var i = start;
        while (i < end && i - start < 7 && source[i] == '#')
            i++;
        return i > start && i - start <= 6 && IsSpaceOrEnd(source, i, end);
    }

    /// <summary>
    /// Escapes delimiters beyond the block's budgets and pipes beyond each line's. Code spans are not
    /// exempt: a guess at where a span starts that skipped live delimiters would let the quadratic case
    /// back in. Past a budget a backslash may show in code, but only hostile input gets that far.
    /// </summary>
    private static void LimitInlines(string source, List<(int Start, int End)> block, Edits edits)
    {
        if (block.Count == 0)
            return;
        var runs = 0;
        var brackets = 0;
        var openBrackets = 0;
        var maxPipes = Math.Clamp(MaxTableCellsPerBlock / block.Count, 2, MaxPipesPerLine);
        foreach (var (start, end) in block)
        {
            var pipes = 0;
            var i = start;
            while (i < end)
            {
                var c = source[i];
                if (c == '\\' && i + 1 < end && IsAsciiPunctuation(source[i + 1]))
                {
                    i += 2;
                    continue;
                }
                var runEnd = RunEnd(source, i, end);
                switch (c)
                {
                    case '[':
                        for (var k = i; k < runEnd; k++)
                        {
                            if (++brackets > MaxBracketsPerBlock || openBrackets >= MaxOpenBrackets)
                                edits.EscapeAt(k);
                            else
                                openBrackets++;
                        }
                        break;
                    case ']':
                        // Whether or not it makes a link, a closing bracket ends the nearest open one.
                        openBrackets = Math.Max(0, openBrackets - (runEnd - i));
                        break;
                    case '*' or '_' or '~':
                    case '+' or '=' when runEnd - i >= 2:
                        if (++runs > MaxDelimiterRunsPerBlock)
                            EscapeRun(edits, i, runEnd);
                        break;
                    case '|':
                        for (var k = i; k < runEnd; k++)
                        {
                            if (++pipes > maxPipes)
                                edits.EscapeAt(k);
                        }
                        break;
                    case ':' when IsAutolinkColon(source, i, end):
                        if (++runs > MaxDelimiterRunsPerBlock)
                            edits.EscapeAt(i);
                        break;
                    case 'w' or 'W' when IsWwwAutolink(source, i, end):
                        if (++runs > MaxDelimiterRunsPerBlock)
                            edits.EscapeAt(i + 3);
                        runEnd = i + 4;
                        break;
                }
                i = runEnd;
            }
        }
        block.Clear();
    }

    private static bool IsAsciiPunctuation(char c) => c is (>= '!' and <= '/') or (>= ':' and <= '@') or (>= '[' and <= '`') or (>= '{' and <= '~');

    private static void EscapeRun(Edits edits, int start, int end)
    {
        for (var k = start; k < end; k++)
            edits.EscapeAt(k);
    }

    private static int RunEnd(string source, int i, int end)
    {
        var c = source[i];
        var j = i + 1;
        while (j < end && source[j] == c)
            j++;
        return j;
    }

    private static bool IsAutolinkColon(string source, int i, int end) =>
        (i + 2 < end && source[i + 1] == '/' && source[i + 2] == '/')
        || (i >= 6 && source.AsSpan(i - 6, 6).Equals("mailto", StringComparison.OrdinalIgnoreCase));

    private static bool IsWwwAutolink(string source, int i, int end) =>
        i + 4 <= end && source.AsSpan(i, 4).Equals("www.", StringComparison.OrdinalIgnoreCase)
        && (i == 0 || !char.IsAsciiLetterOrDigit(source[i - 1]));

    /// <summary>Backslashes to insert, collected in any order and applied in one copy.</summary>
    private sealed class Edits(string source)
    {
        private readonly List<int> _escapes = [];

        public void EscapeAt(int index) => _escapes.Add(index);

        public string Result()
        {
            if (_escapes.Count == 0)
                return source;
            _escapes.Sort();
            var result = new StringBuilder(source.Length + _escapes.Count);
            var copied = 0;
            foreach (var index in _escapes)
            {
                result.Append(source, copied, index - copied).Append('\\');
                copied = index;
            }
            return result.Append(source, copied, source.Length - copied).ToString();
        }
    }

    /// <param name="Column">Columns before the fence, its quote and list markers included.</param>
    /// <param name="QuoteDepth">Block quote markers before the fence.</param>
    private readonly record struct Fence(char Char, int Length, int Column, int QuoteDepth)
    {
        public bool IsOpen => Length > 0;

        public static Fence OpenedBy(string source, int start, int end, int column, int quoteDepth)
        {
            var length = Run(source, start, end, out var c);
            return length >= 3 && c is '`' or '~' ? new Fence(c, length, column, quoteDepth) : default;
        }

        /// <summary>
        /// Whether the line can still be inside the fence. Fewer quote markers, or less indentation than the
        /// fence's, may mean that its list item or quote has ended and the fence with it; treating such a line
        /// as text only ever counts more delimiters, never fewer.
        /// </summary>
        public bool Holds(LineStart line, bool isBlank) =>
            isBlank || (line.QuoteDepth >= QuoteDepth && line.Indent >= Column);

        public bool ClosedBy(string source, int start, int end)
        {
            var length = Run(source, start, end, out var c);
            return c == Char && length >= Length && source.AsSpan(start + length, end - start - length).IsWhiteSpace();
        }

        private static int Run(string source, int start, int end, out char c)
        {
            c = start < end ? source[start] : '\0';
            var i = start;
            while (i < end && source[i] == c)
                i++;
            return i - start;
        }
    }
}
