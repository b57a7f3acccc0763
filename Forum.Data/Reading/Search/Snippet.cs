using System.Text.RegularExpressions;

namespace Forum.Data.Reading.Search;

/// <summary>One run of a snippet's text: matched words are marked, and the view encodes every run alike.</summary>
public sealed record SnippetSegment(string Text, bool IsMatch);

/// <summary>
/// PostgreSQL's ts_headline marks matches with strings of our choosing. It is given plain text and marks it with
/// two private-use characters (stripped from the text beforehand), so the headline it returns is never HTML: it is
/// split here into runs, and Razor encodes each one. A post full of markup stays text.
/// </summary>
public static partial class Snippet
{
    public const char StartMark = '\uE000';
    public const char StopMark = '\uE001';

    /// <summary>ts_headline's options: a few short fragments around the matches, marked with the two characters.</summary>
    public const string HeadlineOptions = "StartSel=\uE000, StopSel=\uE001, MaxFragments=2, MaxWords=28, MinWords=12, FragmentDelimiter=\" … \"";

    public static IReadOnlyList<SnippetSegment> Parse(string headline)
    {
        var segments = new List<SnippetSegment>();
        var inMatch = false;
        var start = 0;
        for (var i = 0; i <= headline.Length; i++)
        {
            var atEnd = i == headline.Length;
            if (!atEnd && headline[i] != StartMark && headline[i] != StopMark) continue;
            if (i > start) Add(segments, headline[start..i], inMatch);
            if (!atEnd) inMatch = headline[i] == StartMark;
            start = i + 1;
        }
        return segments;
    }

    private static void Add(List<SnippetSegment> segments, string text, bool isMatch)
    {
        // The text is Markdown source; its emphasis and heading marks are noise in a one-line snippet.
        var plain = MarkdownNoise().Replace(text, "");
        plain = Whitespace().Replace(plain, " ");
        if (plain.Length == 0) return;
        if (segments.Count > 0 && segments[^1].IsMatch == isMatch)
            segments[^1] = segments[^1] with { Text = segments[^1].Text + plain };
        else
            segments.Add(new SnippetSegment(plain, isMatch));
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])[*_#`~>]+|[*_`~]+(?![\p{L}\p{N}])")]
    private static partial Regex MarkdownNoise();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
