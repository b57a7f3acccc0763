using AngleSharp.Html.Parser;
using Forum.Domain.Moderation.Confusables;

namespace Forum.Domain.Moderation;

/// <summary>
/// Words and phrases that hold a post for a moderator to look at before it is published (configured under
/// Moderation:WatchedPhrases). A post is matched twice: as typed, and as readers will see it once rendered
/// (entities decoded, emphasis and link markup gone, only the link text left). Both sides are compared on their
/// UTS #39 confusable skeletons (<see cref="ConfusableSkeleton"/>), then folded the way pseudonym names are, so
/// spacing, punctuation, case, accents, invisible and blank characters, and look-alike letters from any script do
/// not hide a phrase. Words a right-to-left override turns around are read the way they show, too. The match is
/// used once, to hold the post, and never stored.
/// </summary>
public sealed class WatchedPhrases
{
    public static readonly WatchedPhrases None = new([]);

    [ThreadStatic] private static HtmlParser? t_parser;

    private readonly string[] _phrases;

    public WatchedPhrases(IEnumerable<string> phrases) =>
        _phrases = phrases.Select(Key).Where(p => p.Length > 0).Distinct().ToArray();

    public bool IsEmpty => _phrases.Length == 0;

    public bool AnyIn(params string?[] texts) =>
        _phrases.Length > 0 && texts.Any(text => text is not null && (Found(text) || Found(Rendered(text))));

    private bool Found(string text) => Matches(Key(text)) || (AsShown(text) is { } shown && Matches(Key(shown)));

    /// <summary>The form a phrase and a text are compared in.</summary>
    internal static string Key(string text) => PseudonymNameKey.Of(ConfusableSkeleton.Of(text));

    /// <summary>
    /// The text in the order a reader sees it where a right-to-left override (U+202E) runs, up to its pop (U+202C)
    /// or the line's end; null when there is none. "\u202Esllip" shows as "pills".
    /// </summary>
    internal static string? AsShown(string text)
    {
        if (!text.Contains('\u202E')) return null;
        var shown = new StringBuilder(text.Length);
        var run = new List<Rune>();
        var overriding = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == 0x202E) overriding = true;
            else if (overriding && rune.Value is 0x202C or '\n' or '\r')
            {
                Flush();
                overriding = false;
                shown.Append(rune.ToString());
            }
            else if (overriding) run.Add(rune);
            else shown.Append(rune.ToString());
        }
        Flush();
        return shown.ToString();

        void Flush()
        {
            for (var i = run.Count - 1; i >= 0; i--) shown.Append(run[i].ToString());
            run.Clear();
        }
    }

    private bool Matches(string folded) => _phrases.Any(phrase => folded.Contains(phrase, StringComparison.Ordinal));

    /// <summary>The words a reader would see: Markdown rendered by the site's own pipeline, then only the text kept.</summary>
    private static string Rendered(string source)
    {
        t_parser ??= new HtmlParser();
        return t_parser.ParseDocument("<!DOCTYPE html><body>" + MarkdownPostRenderer.ToUnsafeHtml(source)).Body?.TextContent ?? "";
    }
}
