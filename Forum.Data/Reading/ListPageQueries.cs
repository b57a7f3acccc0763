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

    /// <summary>A room, its pinned stories (first page only), one page of the others and the pseudonyms a browser holds, read together.</summary>
    internal sealed record RoomRow(RoomSummary Room, List<StorySummary> Pinned, List<StorySummary> Stories, List<PseudonymWithUnread> Kept);

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

    /// <summary>The latest stories everywhere (their number written into the statement, as in <see cref="Room"/>).</summary>
    internal static readonly CompiledPerModel<Func<ForumDbContext, IAsyncEnumerable<StorySummary>>> Latest = new(() => EF.CompileAsyncQuery(
        (ForumDbContext db) => db.Stories
            .Where(PostVisibility.IsListedStory)
            .OrderByDescending(t => t.LastActivityAt).ThenByDescending(t => t.Id)
            .Take(ForumReader.LatestOnHome)
            .Select(StoryListQueries.ToSummary)));

    /// <summary>
    /// An open room with its pinned stories when <c>withPinned</c> (its first page), the room's other stories strictly
    /// after a cursor, as <see cref="StoryListQueries.After"/> compares it (a row value, which PostgreSQL seeks with; the
    /// first page starts after the largest cursor there is), and the pseudonyms <c>kept</c> names with the header's
    /// counts (none for a reader without a name): one statement for the page (issue 32). The page's size (plus one
    /// row that only says a next page exists) is written into the statement, not sent as a value: planned once for
    /// every call (DatabasePool.PlanCacheMode), a LIMIT it can't see reads to the planner as a tenth of the table, and
    /// it joined the writers' names by hashing every pseudonym instead of looking up twenty-six. Each list reads a
    /// partial index of its own (migration 0012), so a page deep in a large room costs what the first does.
    /// </summary>
    internal static readonly CompiledPerModel<Func<ForumDbContext, string, bool, DateTimeOffset, long, Guid[], CancellationToken, Task<RoomRow?>>> Room = new(() => EF.CompileAsyncQuery(
        MeReader.InlineKept<Func<ForumDbContext, string, bool, DateTimeOffset, long, Guid[], CancellationToken, RoomRow?>>(
            (db, slug, withPinned, beforeActivity, beforeId, kept, _) => db.Rooms
                .Where(r => !r.IsArchived && r.Slug == slug)
                .Select(r => new RoomRow(
                    new RoomSummary(r.Id, r.Slug, r.Name, r.Description, r.RequiresContentWarnings, r.FeedEnabled && !r.IsArchived),
                    db.Stories
                        .Where(PostVisibility.IsListedStory)
                        .Where(t => withPinned && t.RoomId == r.Id && t.IsPinned)
                        .OrderByDescending(t => t.LastActivityAt).ThenByDescending(t => t.Id)
                        .Select(StoryListQueries.ToSummary)
                        .ToList(),
                    db.Stories
                        .Where(PostVisibility.IsListedStory)
                        .Where(t => t.RoomId == r.Id && !t.IsPinned)
                        .Where(t => EF.Functions.LessThan(ValueTuple.Create(t.LastActivityAt, t.Id), ValueTuple.Create(beforeActivity, beforeId)))
                        .OrderByDescending(t => t.LastActivityAt).ThenByDescending(t => t.Id)
                        .Take(ForumReader.StoriesPerPage + 1)
                        .Select(StoryListQueries.ToSummary)
                        .ToList(),
                    MeReader.KeptWithUnreadIn(db, kept).ToList()))
                .SingleOrDefault())));

    /// <summary>As <see cref="Room"/>, the room's other stories newest first, strictly before a story's id.</summary>
    internal static readonly CompiledPerModel<Func<ForumDbContext, string, bool, long, Guid[], CancellationToken, Task<RoomRow?>>> RoomNewest = new(() => EF.CompileAsyncQuery(
        MeReader.InlineKept<Func<ForumDbContext, string, bool, long, Guid[], CancellationToken, RoomRow?>>(
            (db, slug, withPinned, beforeId, kept, _) => db.Rooms
                .Where(r => !r.IsArchived && r.Slug == slug)
                .Select(r => new RoomRow(
                    new RoomSummary(r.Id, r.Slug, r.Name, r.Description, r.RequiresContentWarnings, r.FeedEnabled && !r.IsArchived),
                    db.Stories
                        .Where(PostVisibility.IsListedStory)
                        .Where(t => withPinned && t.RoomId == r.Id && t.IsPinned)
                        .OrderByDescending(t => t.LastActivityAt).ThenByDescending(t => t.Id)
                        .Select(StoryListQueries.ToSummary)
                        .ToList(),
                    db.Stories
                        .Where(PostVisibility.IsListedStory)
                        .Where(t => t.RoomId == r.Id && !t.IsPinned && t.Id < beforeId)
                        .OrderByDescending(t => t.Id)
                        .Take(ForumReader.StoriesPerPage + 1)
                        .Select(StoryListQueries.ToSummary)
                        .ToList(),
                    MeReader.KeptWithUnreadIn(db, kept).ToList()))
                .SingleOrDefault())));
}
