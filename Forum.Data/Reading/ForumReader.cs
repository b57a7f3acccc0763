using System.Linq.Expressions;
using Forum.Domain.Rooms;
using Microsoft.EntityFrameworkCore;

namespace Forum.Data.Reading;

/// <summary>The read side of the pages: projections straight into what a page shows, never tracked entities.</summary>
public sealed class ForumReader(ForumDbContext db)
{
    public const int ThreadsPerPage = 25;
    public const int RepliesPerPage = 50;
    private const int LatestPerRoom = 3;
    private const int LatestOnHome = 10;

    public async Task<HomePage> HomeAsync(CancellationToken cancellationToken)
    {
        var rooms = await OpenRooms().ToListAsync(cancellationToken);
        var latestPerRoom = await db.Rooms
            .Where(r => !r.IsArchived)
            .Select(r => db.Threads
                .Where(t => t.RemovedAt == null && t.RoomId == r.Id)
                .OrderByDescending(t => t.LastActivityAt).ThenByDescending(t => t.Id)
                .Take(LatestPerRoom)
                .Select(ThreadListQueries.ToSummary)
                .ToList())
            .ToListAsync(cancellationToken);
        var byRoom = latestPerRoom.Where(list => list.Count > 0).ToDictionary(list => list[0].RoomSlug);
        var latest = await db.Threads.Visible().NewestActivityFirst().Take(LatestOnHome).Summaries().ToListAsync(cancellationToken);
        return new HomePage(
            rooms.Select(room => new RoomWithLatest(room, byRoom.GetValueOrDefault(room.Slug) ?? [])).ToList(),
            latest);
    }

    public Task<List<RoomSummary>> RoomsAsync(CancellationToken cancellationToken) => OpenRooms().ToListAsync(cancellationToken);

    public async Task<RoomPage?> RoomAsync(string slug, ActivityCursor? after, CancellationToken cancellationToken)
    {
        var room = await db.Rooms.Where(r => !r.IsArchived && r.Slug == slug).Select(ToRoomSummary).SingleOrDefaultAsync(cancellationToken);
        if (room is null) return null;
        var inRoom = db.Threads.Visible().Where(t => t.RoomId == room.Id);
        var pinned = after is null
            ? await inRoom.Where(t => t.IsPinned).NewestActivityFirst().Summaries().ToListAsync(cancellationToken)
            : [];
        var page = await inRoom.Where(t => !t.IsPinned).NewestActivityFirst().After(after).PageAsync(ThreadsPerPage, cancellationToken);
        return new RoomPage(room, pinned, page, IsFirstPage: after is null);
    }

    public async Task<ThreadPage?> ThreadAsync(long id, long? afterReplyId, CancellationToken cancellationToken)
    {
        var thread = await db.Threads.Visible().Where(t => t.Id == id)
            .Select(t => new ThreadDetail(
                t.Id, t.Slug, t.Title, new RoomSummary(t.Room!.Id, t.Room.Slug, t.Room.Name, t.Room.Description),
                t.AuthorId, t.Author == null ? null : t.Author.Name,
                t.BodyHtml, t.CreatedAt, t.ReplyCount, t.IsLocked, t.LockReason))
            .SingleOrDefaultAsync(cancellationToken);
        if (thread is null) return null;

        var after = afterReplyId ?? 0;
        var rows = await db.Replies
            .Where(r => r.ThreadId == id && r.Id > after)
            .OrderBy(r => r.Id)
            .Take(RepliesPerPage + 1)
            .Select(r => new ReplyView(
                r.Id, r.AuthorId, r.Author == null ? null : r.Author.Name,
                r.RemovedAt == null ? r.BodyHtml : "", r.CreatedAt, r.RemovedAt != null))
            .ToListAsync(cancellationToken);
        var next = rows.Count > RepliesPerPage ? rows[RepliesPerPage - 1].Id.ToString() : null;
        return new ThreadPage(thread, new Page<ReplyView>(rows.Take(RepliesPerPage).ToList(), next), IsFirstPage: afterReplyId is null);
    }

    /// <summary>
    /// The cursor of the page on which a reply is the last one, so that after posting the writer lands on a
    /// page that ends with what they just wrote. Null when it is on the first page.
    /// </summary>
    public async Task<long?> PageEndingWithAsync(long threadId, long replyId, CancellationToken cancellationToken)
    {
        var earlier = await db.Replies
            .Where(r => r.ThreadId == threadId && r.Id < replyId)
            .OrderByDescending(r => r.Id)
            .Skip(RepliesPerPage - 1)
            .Select(r => (long?)r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return earlier;
    }

    private static readonly Expression<Func<Room, RoomSummary>> ToRoomSummary = r => new RoomSummary(r.Id, r.Slug, r.Name, r.Description);

    private IQueryable<RoomSummary> OpenRooms() => db.Rooms.Where(r => !r.IsArchived).OrderBy(r => r.Position).Select(ToRoomSummary);
}
