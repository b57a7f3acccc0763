using Forum.Data.Reading.Search;

namespace Forum.Web.ViewModels;

/// <param name="Before">The window of older posts being shown, or null for the newest.</param>
/// <param name="MatchesRanked">How many of each kind one window looks through, for the sentence that says so.</param>
/// <param name="Problem">A kind sentence when the query itself could not be used (too long, a page out of range).</param>
public sealed record SearchViewModel(string Query, string? RoomSlug, int Page, IReadOnlyList<RoomSummary> Rooms, SearchResults Results,
    SearchWindow? Before = null, int MatchesRanked = SearchRequest.DefaultMatchesRanked, string? Problem = null);
