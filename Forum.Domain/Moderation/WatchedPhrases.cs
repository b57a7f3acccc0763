using AngleSharp.Html.Parser;

namespace Forum.Domain.Moderation;

/// <summary>
/// Words and phrases that hold a post for a moderator to look at before it is published (configured under
/// Moderation:WatchedPhrases). A post is matched twice: as typed, and as readers will see it once rendered
/// (entities decoded, emphasis and link markup gone, only the link text left). Both sides are folded the way
/// pseudonym names are, so spacing, punctuation, case, accents, invisible characters such as zero-width spaces
/// and soft hyphens, and look-alike letters from other scripts do not hide a phrase. The match is used once,
/// to hold the post, and never stored.
/// </summary>
public sealed class WatchedPhrases
{
    public static readonly WatchedPhrases None = new([]);

    [ThreadStatic] private static HtmlParser? t_parser;

    private readonly string[] _phrases;

    public WatchedPhrases(IEnumerable<string> phrases) =>
        _phrases = phrases.Select(PseudonymNameKey.Of).Where(p => p.Length > 0).Distinct().ToArray();

    public bool IsEmpty => _phrases.Length == 0;

    public bool AnyIn(params string?[] texts) =>
        _phrases.Length > 0 && texts.Any(text => text is not null && (Matches(PseudonymNameKey.Of(text)) || Matches(PseudonymNameKey.Of(Rendered(text)))));

    private bool Matches(string folded) => _phrases.Any(phrase => folded.Contains(phrase, StringComparison.Ordinal));

    /// <summary>The words a reader would see: Markdown rendered by the site's own pipeline, then only the text kept.</summary>
    private static string Rendered(string source)
    {
        t_parser ??= new HtmlParser();
        return t_parser.ParseDocument("<!DOCTYPE html><body>" + MarkdownPostRenderer.ToUnsafeHtml(source)).Body?.TextContent ?? "";
    }
}
