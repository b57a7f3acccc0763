namespace Forum.Domain.Moderation;

/// <summary>
/// Words and phrases that hold a post for a moderator to look at before it is published (configured under
/// Moderation:WatchedPhrases). Matching ignores case and runs of spaces, so "Buy  NOW" matches "buy now". The
/// match is used once, to hold the post, and never stored.
/// </summary>
public sealed class WatchedPhrases
{
    public static readonly WatchedPhrases None = new([]);

    private readonly string[] _phrases;

    public WatchedPhrases(IEnumerable<string> phrases) =>
        _phrases = phrases.Select(Fold).Where(p => p.Length > 0).Distinct().ToArray();

    public bool IsEmpty => _phrases.Length == 0;

    public bool AnyIn(params string?[] texts) =>
        _phrases.Length > 0 && texts.Any(text => text is not null && Matches(Fold(text)));

    private bool Matches(string folded) => _phrases.Any(phrase => folded.Contains(phrase, StringComparison.Ordinal));

    private static string Fold(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
