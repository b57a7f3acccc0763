using System.Linq.Expressions;
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

    /// <summary>A room on home, with its latest <see cref="ForumReader.LatestOnHome"/> stories; an archived one only lends them to the latest everywhere.</summary>
    internal sealed record HomeRoomRow(RoomSummary Room, bool IsOpen, List<StorySummary> Latest);

    /// <summary>Home's rooms and the pseudonyms a browser holds (with the header's counts), read together.</summary>
    internal sealed record HomeRow(List<HomeRoomRow> Rooms, List<PseudonymWithUnread> Kept);

    /// <summary>A room, its pinned stories (first page only), one page of the others and the pseudonyms a browser holds, read together.</summary>
    internal sealed record RoomRow(RoomSummary Room, List<StorySummary> Pinned, List<StorySummary> Stories, List<PseudonymWithUnread> Kept);

    /// <summary>
    /// Every room in its place, each with its latest <see cref="ForumReader.LatestOnHome"/> stories. Home shows the open
    /// rooms' first <see cref="LatestPerRoom"/>, and its latest stories everywhere are the newest of all these lists
    /// (<see cref="ForumReader.HomeFrom"/>): every story is in a room, so the newest ten anywhere are among each room's
    /// newest ten, and one statement reads them all without a second list beside the first (EF joins two lists side by
    /// side as every pair of their rows).
    /// </summary>
    private static readonly Expression<Func<ForumDbContext, IQueryable<HomeRoomRow>>> HomeRooms = db => db.Rooms
        .OrderBy(r => r.Position)
        .Select(r => new HomeRoomRow(
            new RoomSummary(r.Id, r.Slug, r.Name, r.Description, r.RequiresContentWarnings, r.FeedEnabled && !r.IsArchived),
            !r.IsArchived,
            db.Stories
                .Where(PostVisibility.IsListedStory)
                .Where(t => t.RoomId == r.Id)
                .OrderByDescending(t => t.LastActivityAt).ThenByDescending(t => t.Id)
                .Take(ForumReader.LatestOnHome)
                .Select(StoryListQueries.ToSummary)
                .ToList()));

    /// <summary>Only inside a query passed through <see cref="InlineHome{TDelegate}"/>: <see cref="HomeRooms"/>.</summary>
    private static IQueryable<HomeRoomRow> HomeRoomsIn(ForumDbContext db) => throw new InvalidOperationException("Only inside a query passed through InlineHome.");

    private static Expression<TDelegate> InlineHome<TDelegate>(Expression<TDelegate> query) =>
        StandIns.Inline(query, StandIns.Method(typeof(ListPageQueries), nameof(HomeRoomsIn)), HomeRooms);

    /// <summary>Home for a reader without a name.</summary>
    internal static readonly CompiledPerModel<Func<ForumDbContext, IAsyncEnumerable<HomeRoomRow>>> Home = new(() => EF.CompileAsyncQuery(HomeRooms));

    /// <summary>
    /// Home and the pseudonyms <c>kept</c> names, as <see cref="MeReader.KeptWithUnread"/> reads them for the header, in
    /// one statement (issue 32), rooted in the row of the name the browser gives first: none when there is no such name.
    /// </summary>
    internal static readonly CompiledPerModel<Func<ForumDbContext, Guid, Guid[], CancellationToken, Task<HomeRow?>>> HomeWithKept = new(() => EF.CompileAsyncQuery(
        MeReader.InlineKept(InlineHome<Func<ForumDbContext, Guid, Guid[], CancellationToken, HomeRow?>>(
            (db, first, kept, _) => db.Pseudonyms
                .Where(p => p.Id == first)
                .Select(p => new HomeRow(HomeRoomsIn(db).ToList(), MeReader.KeptWithUnreadIn(db, kept).ToList()))
                .SingleOrDefault()))));

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
