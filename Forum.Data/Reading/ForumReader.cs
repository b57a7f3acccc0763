using System.Linq.Expressions;
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
                .Where(PostVisibility.IsListedStory)
                .Where(t => t.RoomId == r.Id)
                .OrderByDescending(t => t.LastActivityAt).ThenByDescending(t => t.Id)
                .Take(LatestPerRoom)
                .Select(ThreadListQueries.ToSummary)
                .ToList())
            .ToListAsync(cancellationToken);
        var byRoom = latestPerRoom.Where(list => list.Count > 0).ToDictionary(list => list[0].RoomSlug);
        var latest = await db.Threads.Listed().NewestActivityFirst().Take(LatestOnHome).Summaries().ToListAsync(cancellationToken);
        return new HomePage(
            rooms.Select(room => new RoomWithLatest(room, byRoom.GetValueOrDefault(room.Slug) ?? [])).ToList(),
            latest);
    }

    public Task<List<RoomSummary>> RoomsAsync(CancellationToken cancellationToken) => OpenRooms().ToListAsync(cancellationToken);

    public async Task<RoomPage?> RoomAsync(string slug, ActivityCursor? after, CancellationToken cancellationToken)
    {
        var room = await db.Rooms.Where(r => !r.IsArchived && r.Slug == slug).Select(ToRoomSummary).SingleOrDefaultAsync(cancellationToken);
        if (room is null) return null;
        var inRoom = db.Threads.Listed().Where(t => t.RoomId == room.Id);
        var pinned = after is null
            ? await inRoom.Where(t => t.IsPinned).NewestActivityFirst().Summaries().ToListAsync(cancellationToken)
            : [];
        var page = await inRoom.Where(t => !t.IsPinned).NewestActivityFirst().After(after).PageAsync(ThreadsPerPage, cancellationToken);
        return new RoomPage(room, pinned, page, IsFirstPage: after is null);
    }

    /// <summary>Stories nobody has answered yet, oldest first, a keyset page at a time.</summary>
    public Task<Page<ThreadSummary>> WaitingAsync(ActivityCursor? after, int size, CancellationToken cancellationToken) =>
        db.Threads.WaitingForAReply(after).PageAsync(size, cancellationToken);

    /// <summary>The Markdown source of a post anyone may read in this story, to quote in a reply; null otherwise.</summary>
    public Task<string?> QuotableSourceAsync(long threadId, PostKind kind, long postId, CancellationToken cancellationToken) =>
        kind == PostKind.Thread
            ? db.Threads.Listed().Where(t => t.Id == postId && t.Id == threadId).Select(t => t.BodySource).SingleOrDefaultAsync(cancellationToken)
            : db.Replies.ListedWithStory().Where(r => r.Id == postId && r.ThreadId == threadId).Select(r => r.BodySource).SingleOrDefaultAsync(cancellationToken);

    /// <param name="readerId">The reader's pseudonym, if they have one, to show which posts they found familiar.</param>
    public async Task<ThreadPage?> ThreadAsync(long id, long? afterReplyId, Guid? readerId, CancellationToken cancellationToken)
    {
        // A story held for review is shown to its own writer only, marked as waiting.
        var thread = await db.Threads.VisibleTo(readerId)
            .Where(t => t.Id == id)
            .Select(t => new ThreadDetail(
                t.Id, t.Slug, t.DeletedAt == null ? t.Title : Domain.Threads.ForumThread.DeletedTitle,
                new RoomSummary(t.Room!.Id, t.Room.Slug, t.Room.Name, t.Room.Description, t.Room.RequiresContentWarnings, t.Room.FeedEnabled && !t.Room.IsArchived),
                t.AuthorId, t.Author == null || t.DeletedAt != null ? null : t.Author.Name,
                t.BodyHtml, t.CreatedAt, t.ReplyCount, t.IsLocked, t.LockReason, t.FamiliarCount, t.ContentWarnings, t.ContentWarningLabel,
                t.EditedAt, t.DeletedAt != null, t.Author == null ? null : t.Author.Badge, t.HeldAt != null,
                db.Milestones.Where(m => m.PseudonymId == t.AuthorId && m.ShowOnPosts).Select(m => (DateOnly?)m.StartedOn).FirstOrDefault(),
                // Read with the story rather than in a query of its own.
                readerId != null && db.Follows.Any(f => f.PseudonymId == readerId && f.ThreadId == t.Id)))
            .SingleOrDefaultAsync(cancellationToken);
        if (thread is null) return null;

        var after = afterReplyId ?? 0;
        // Held replies are shown to their own writer only, marked as waiting; nobody else sees them at all.
        var rows = await db.Replies.InPlaceFor(readerId)
            .Where(r => r.ThreadId == id && r.Id > after)
            .OrderBy(r => r.Id)
            .Take(RepliesPerPage + 1)
            .Select(r => new ReplyView(
                r.Id, r.AuthorId, r.Author == null || r.DeletedAt != null ? null : r.Author.Name,
                r.RemovedAt == null ? r.BodyHtml : "", r.CreatedAt, r.RemovedAt != null, r.FamiliarCount, r.ContentWarnings, r.ContentWarningLabel,
                r.EditedAt, r.DeletedAt != null, r.Author == null ? null : r.Author.Badge, r.HeldAt != null,
                // The count a writer chose to show beside their name, read with the row rather than in a query of its own.
                db.Milestones.Where(m => m.PseudonymId == r.AuthorId && m.ShowOnPosts).Select(m => (DateOnly?)m.StartedOn).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        var next = rows.Count > RepliesPerPage ? rows[RepliesPerPage - 1].Id.ToString() : null;
        var onPage = rows.Take(RepliesPerPage).ToList();
        var familiar = readerId is { } reader
            ? await FamiliarToAsync(reader, id, onPage.Select(r => r.Id).ToList(), cancellationToken)
            : ReaderReactions.None;
        return new ThreadPage(thread, new Page<ReplyView>(onPage, next), IsFirstPage: afterReplyId is null, familiar);
    }

    /// <summary>The reader's own reactions to the story and the replies on this page, in one query.</summary>
    private async Task<ReaderReactions> FamiliarToAsync(Guid readerId, long threadId, List<long> replyIds, CancellationToken cancellationToken)
    {
        var mine = await db.Reactions
            .Where(r => r.PseudonymId == readerId && r.Kind == ReactionKind.Familiar
                        && ((r.PostKind == PostKind.Thread && r.PostId == threadId)
                            || (r.PostKind == PostKind.Reply && replyIds.Contains(r.PostId))))
            .Select(r => new { r.PostKind, r.PostId })
            .ToListAsync(cancellationToken);
        return new ReaderReactions(
            mine.Any(r => r.PostKind == PostKind.Thread),
            mine.Where(r => r.PostKind == PostKind.Reply).Select(r => r.PostId).ToHashSet());
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

    private static readonly Expression<Func<Room, RoomSummary>> ToRoomSummary = r => new RoomSummary(r.Id, r.Slug, r.Name, r.Description, r.RequiresContentWarnings, r.FeedEnabled && !r.IsArchived);

    private IQueryable<RoomSummary> OpenRooms() => db.Rooms.Where(r => !r.IsArchived).OrderBy(r => r.Position).Select(ToRoomSummary);
}
