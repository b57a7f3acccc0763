using Microsoft.EntityFrameworkCore;

namespace Forum.Data.Reading;

/// <summary>
/// Home's and a room's statements, compiled once per model (<see cref="CompiledPerModel{TQuery}"/>), for the reason
/// <see cref="StoryPageQueries"/> gives. The listing rules are <see cref="PostVisibility.IsListedStory"/> and the
/// newest-activity order of <see cref="StoryListQueries"/>, written out: a compiled query cannot call a method.
/// </summary>
internal static class ListPageQueries
{
    internal const int LatestPerRoom = 3;

    internal sealed record RoomRow(RoomSummary Room, List<StorySummary> Pinned);

    /// <summary>The open rooms, each with its latest stories.</summary>
    internal static readonly CompiledPerModel<Func<ForumDbContext, IAsyncEnumerable<RoomWithLatest>>> RoomsWithLatest = new(() => EF.CompileAsyncQuery(
        (ForumDbContext db) => db.Rooms
            .Where(r => !r.IsArchived)
            .OrderBy(r => r.Position)
            .Select(r => new RoomWithLatest(
                new RoomSummary(r.Id, r.Slug, r.Name, r.Description, r.RequiresContentWarnings, r.FeedEnabled && !r.IsArchived),
                db.Stories
                    .Where(PostVisibility.IsListedStory)
                    .Where(t => t.RoomId == r.Id)
                    .OrderByDescending(t => t.LastActivityAt).ThenByDescending(t => t.Id)
                    .Take(LatestPerRoom)
                    .Select(StoryListQueries.ToSummary)
                    .ToList()))));

    /// <summary>The latest stories everywhere (their number written into the statement, as in <see cref="RoomStories"/>).</summary>
    internal static readonly CompiledPerModel<Func<ForumDbContext, IAsyncEnumerable<StorySummary>>> Latest = new(() => EF.CompileAsyncQuery(
        (ForumDbContext db) => db.Stories
            .Where(PostVisibility.IsListedStory)
            .OrderByDescending(t => t.LastActivityAt).ThenByDescending(t => t.Id)
            .Take(ForumReader.LatestOnHome)
            .Select(StoryListQueries.ToSummary)));

    /// <summary>An open room, with its pinned stories when <c>withPinned</c> (its first page).</summary>
    internal static readonly CompiledPerModel<Func<ForumDbContext, string, bool, CancellationToken, Task<RoomRow?>>> Room = new(() => EF.CompileAsyncQuery(
        (ForumDbContext db, string slug, bool withPinned, CancellationToken _) => db.Rooms
            .Where(r => !r.IsArchived && r.Slug == slug)
            .Select(r => new RoomRow(
                new RoomSummary(r.Id, r.Slug, r.Name, r.Description, r.RequiresContentWarnings, r.FeedEnabled && !r.IsArchived),
                db.Stories
                    .Where(PostVisibility.IsListedStory)
                    .Where(t => withPinned && t.RoomId == r.Id && t.IsPinned)
                    .OrderByDescending(t => t.LastActivityAt).ThenByDescending(t => t.Id)
                    .Select(StoryListQueries.ToSummary)
                    .ToList()))
            .SingleOrDefault()));

    /// <summary>
    /// The room's other stories strictly after a cursor, as <see cref="StoryListQueries.After"/> compares it (a row
    /// value, which PostgreSQL seeks with). The first page starts after the largest cursor there is. The page's size
    /// (plus one row that only says a next page exists) is written into the statement, not sent as a value: planned
    /// once for every call (DatabasePool.PlanCacheMode), a LIMIT it can't see reads to the planner as a tenth of the
    /// table, and it joined the writers' names by hashing every pseudonym instead of looking up twenty-six.
    /// </summary>
    internal static readonly CompiledPerModel<Func<ForumDbContext, int, DateTimeOffset, long, IAsyncEnumerable<StorySummary>>> RoomStories = new(() => EF.CompileAsyncQuery(
        (ForumDbContext db, int roomId, DateTimeOffset beforeActivity, long beforeId) => db.Stories
            .Where(PostVisibility.IsListedStory)
            .Where(t => t.RoomId == roomId && !t.IsPinned)
            .Where(t => EF.Functions.LessThan(ValueTuple.Create(t.LastActivityAt, t.Id), ValueTuple.Create(beforeActivity, beforeId)))
            .OrderByDescending(t => t.LastActivityAt).ThenByDescending(t => t.Id)
            .Take(ForumReader.StoriesPerPage + 1)
            .Select(StoryListQueries.ToSummary)));

    /// <summary>The room's other stories newest first, strictly before a story's id; as <see cref="RoomStories"/>, the page's size is in the statement.</summary>
    internal static readonly CompiledPerModel<Func<ForumDbContext, int, long, IAsyncEnumerable<StorySummary>>> RoomNewest = new(() => EF.CompileAsyncQuery(
        (ForumDbContext db, int roomId, long beforeId) => db.Stories
            .Where(PostVisibility.IsListedStory)
            .Where(t => t.RoomId == roomId && !t.IsPinned && t.Id < beforeId)
            .OrderByDescending(t => t.Id)
            .Take(ForumReader.StoriesPerPage + 1)
            .Select(StoryListQueries.ToSummary)));
}
