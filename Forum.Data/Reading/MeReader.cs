using Microsoft.EntityFrameworkCore;

namespace Forum.Data.Reading;

/// <summary>What /me and the header show a writer about their own pseudonyms: replies to their stories, familiar counts, their posts.</summary>
public sealed class MeReader(ForumDbContext db)
{
    public const int InboxSize = 20;
    public const int UnreadCap = 99;
    private const int NotesSize = 10;
    private const int PostsSize = 30;

    /// <summary>New replies to these pseudonyms' stories, counted up to <see cref="UnreadCap"/> + 1 (the header shows "99+").</summary>
    public async Task<int> UnreadCountAsync(IReadOnlyCollection<Guid> pseudonymIds, CancellationToken cancellationToken = default) =>
        pseudonymIds.Count == 0 ? 0 : Math.Min(UnreadCap + 1, (await WithUnreadCountsAsync(pseudonymIds, cancellationToken)).Sum(p => p.Unread));

    /// <summary>
    /// The pseudonyms (tracked, for writing) each with its count of new replies and its unread notices from the
    /// moderators, in one query: the header shows both on every page, and the session reads the pseudonyms anyway,
    /// so the three share a round trip.
    /// </summary>
    public Task<List<PseudonymWithUnread>> WithUnreadCountsAsync(IReadOnlyCollection<Guid> pseudonymIds, CancellationToken cancellationToken) =>
        db.Pseudonyms
            .Where(p => pseudonymIds.Contains(p.Id))
            .Include(p => p.Notices.Where(n => n.ReadAt == null).OrderBy(n => n.Id))
            .Select(p => new PseudonymWithUnread(p, db.Replies
                .Where(PostVisibility.IsListedWithStory)
                .Where(r => r.Thread!.AuthorId == p.Id && (r.AuthorId == null || r.AuthorId != p.Id) && r.Id > p.InboxReadThrough)
                .Take(UnreadCap + 1)
                .Count()))
            .ToListAsync(cancellationToken);

    public async Task<Inbox> InboxAsync(IReadOnlyCollection<Guid> pseudonymIds, CancellationToken cancellationToken)
    {
        if (pseudonymIds.Count == 0) return new Inbox([], [], []);
        var items = await RepliesToStoriesOf(pseudonymIds)
            .OrderByDescending(r => r.Id)
            .Take(InboxSize)
            .Select(r => new InboxItem(
                r.Id, r.ThreadId, r.Thread!.Slug, r.Thread.Title, r.Thread.Author!.Name,
                r.Author == null ? null : r.Author.Name, r.CreatedAt, r.Id > r.Thread.Author.InboxReadThrough))
            .ToListAsync(cancellationToken);

        var storyNotes = await db.Threads.Listed().WrittenBy(pseudonymIds)
            .Where(t => t.FamiliarCount > 0)
            .OrderByDescending(t => t.Id).Take(NotesSize)
            .Select(t => new FamiliarNote(true, t.Id, t.Id, t.Slug, t.Title, t.Author!.Name, t.FamiliarCount))
            .ToListAsync(cancellationToken);
        var replyNotes = await db.Replies.Listed().WrittenBy(pseudonymIds)
            .Where(r => r.FamiliarCount > 0)
            .OrderByDescending(r => r.Id).Take(NotesSize)
            .Select(r => new FamiliarNote(false, r.Id, r.ThreadId, r.Thread!.Slug, r.Thread.DeletedAt == null ? r.Thread.Title : ForumThread.DeletedTitle, r.Author!.Name, r.FamiliarCount))
            .ToListAsync(cancellationToken);

        var stories = await db.Threads.WrittenBy(pseudonymIds)
            .OrderByDescending(t => t.Id).Take(PostsSize)
            .Select(t => new OwnPostSummary(true, t.Id, t.Id, t.Slug, t.Title, t.Author!.Name, t.CreatedAt, t.RemovedAt, t.RemovalReason))
            .ToListAsync(cancellationToken);
        var replies = await db.Replies.WrittenBy(pseudonymIds)
            .OrderByDescending(r => r.Id).Take(PostsSize)
            .Select(r => new OwnPostSummary(false, r.Id, r.ThreadId, r.Thread!.Slug, r.Thread.DeletedAt == null ? r.Thread.Title : ForumThread.DeletedTitle, r.Author!.Name, r.CreatedAt, r.RemovedAt, r.RemovalReason))
            .ToListAsync(cancellationToken);

        return new Inbox(
            items,
            storyNotes.Concat(replyNotes).OrderByDescending(n => n.Count).ToList(),
            stories.Concat(replies).OrderByDescending(p => p.CreatedAt).Take(PostsSize).ToList());
    }

    /// <summary>Replies someone else wrote to these pseudonyms' stories, that anyone may read: never one held for review.</summary>
    private IQueryable<Reply> RepliesToStoriesOf(IReadOnlyCollection<Guid> pseudonymIds) =>
        db.Replies.ListedWithStory()
            .Where(r => r.Thread!.AuthorId != null && pseudonymIds.Contains(r.Thread.AuthorId.Value)
                        && (r.AuthorId == null || r.AuthorId != r.Thread.AuthorId));
}
