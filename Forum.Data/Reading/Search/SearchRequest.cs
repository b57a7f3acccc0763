using System.Globalization;

namespace Forum.Data.Reading.Search;

/// <summary>What someone typed, the room they narrowed it to (if any), and which page of results (from 1).</summary>
/// <param name="Before">Which posts to look through: the newest matches when null, else older ones (a window's link).</param>
/// <param name="MatchesRanked">How many of the newest matching stories, and of the newest matching replies, one window ranks.</param>
/// <param name="ReaderLanguage">The searcher's interface language: words too common to search for are judged in it.</param>
public sealed record SearchRequest(
    string Text, string? RoomSlug, int Page, SearchWindow? Before = null, int MatchesRanked = SearchRequest.DefaultMatchesRanked, string? ReaderLanguage = null)
{
    public const int MaxLength = 200;

    /// <summary>
    /// Results are ranked by relevance, which PostgreSQL computes over every match anyway, so a keyset cursor would
    /// save nothing; a bounded offset is as cheap and gives plain page numbers. Past a few pages a better query
    /// helps more than paging, so paging stops there and the work per search stays bounded.
    /// </summary>
    public const int MaxPage = 10;

    /// <summary>
    /// A rare word has fewer matches than this and all of them are ranked at once. A word in every third post
    /// ("feel") would otherwise make PostgreSQL rank hundreds of thousands of posts per search; ranking costs about
    /// 2 µs a post, so 1,000 of each kind keeps such a search near 5 ms (2,000 cost ~10 ms and 5,000 ~25 ms on the
    /// benchmark's million posts). Older matches are not hidden: the page links to the next window of them.
    /// </summary>
    public const int DefaultMatchesRanked = 1_000;
}

/// <summary>
/// Where a window of search results ends: matching posts older than these are the next window. Stories and replies
/// are numbered apart, so each has its own bound; 0 means that kind has nothing older that matches.
/// </summary>
public sealed record SearchWindow(long StoriesBefore, long RepliesBefore)
{
    /// <summary>As it appears in a link: "stories-replies", two numbers a person could read if they looked.</summary>
    public string Format() => string.Create(CultureInfo.InvariantCulture, $"{StoriesBefore}-{RepliesBefore}");

    public static SearchWindow? Parse(string? text)
    {
        var parts = text?.Split('-');
        if (parts is not [var stories, var replies]) return null;
        return long.TryParse(stories, NumberStyles.None, CultureInfo.InvariantCulture, out var s)
               && long.TryParse(replies, NumberStyles.None, CultureInfo.InvariantCulture, out var r)
               && (s > 0 || r > 0)
            ? new SearchWindow(s, r)
            : null;
    }
}
