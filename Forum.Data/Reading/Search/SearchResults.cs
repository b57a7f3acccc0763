namespace Forum.Data.Reading.Search;

/// <summary>One thread that matched: the thread as lists show it, how many of its posts matched, and the best snippet.</summary>
/// <param name="SnippetWarnings">The warnings on the post the snippet comes from: its words are folded behind them.</param>
public sealed record SearchResult(StorySummary Story, int MatchingPosts, long? ReplyId, IReadOnlyList<SnippetSegment> Snippet, ContentWarningSet SnippetWarnings);

public enum SearchOutcome
{
    /// <summary>Nothing typed yet.</summary>
    NoQuery,

    /// <summary>Only words too common to search for, or no words at all ("the", "!!!").</summary>
    NoSearchableWords,

    Searched,
}

/// <param name="Older">The next window when this one was full (more matching posts are older than the ones ranked), else null.</param>
public sealed record SearchResults(SearchOutcome Outcome, IReadOnlyList<SearchResult> Results, bool HasNextPage, SearchWindow? Older = null)
{
    public static SearchResults Nothing(SearchOutcome outcome) => new(outcome, [], false);
}
