using Forum.Data.Reading.Search;

namespace Forum.Web.ViewModels;

/// <param name="Problem">A kind sentence when the query itself could not be used (too long, a page out of range).</param>
public sealed record SearchViewModel(string Query, string? RoomSlug, int Page, IReadOnlyList<RoomSummary> Rooms, SearchResults Results, string? Problem = null);
