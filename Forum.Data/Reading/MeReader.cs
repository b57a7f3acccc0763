using Microsoft.EntityFrameworkCore;

namespace Forum.Data.Reading;

/// <summary>What /me and the header show a writer about their own pseudonyms: their inboxes, familiar counts, their posts.</summary>
public sealed class MeReader(ForumDbContext db)
{
    public const int InboxSize = 20;
    public const int UnreadCap = 99;
    private const int NotesSize = 10;
    private const int PostsSize = 30;

    /// <summary>New replies in these pseudonyms' inboxes, counted up to <see cref="UnreadCap"/> (the header shows "99+").</summary>
    public Task<int> UnreadCountAsync(IReadOnlyCollection<Guid> pseudonymIds, CancellationToken cancellationToken = default) =>
        pseudonymIds.Count == 0
            ? Task.FromResult(0)
            : db.InboxOf(pseudonymIds).Where(e => e.Reply.Id > e.Owner.InboxReadThrough).Take(UnreadCap + 1).CountAsync(cancellationToken);

    public async Task<Inbox> InboxAsync(IReadOnlyCollection<Guid> pseudonymIds, CancellationToken cancellationToken)
    {
        if (pseudonymIds.Count == 0) return new Inbox([], [], []);
        var entries = await db.InboxOf(pseudonymIds)
            .OrderByDescending(e => e.Reply.Id)
            .Take(InboxSize)
            .Select(e => new InboxItem(
                e.Reply.Id, e.Reply.ThreadId, e.Reply.Thread!.Slug, e.Reply.Thread.Title, e.Owner.Name,
                e.Reply.Author == null ? null : e.Reply.Author.Name, e.Reply.CreatedAt, e.Reply.Id > e.Owner.InboxReadThrough, e.IsFollowed))
            .ToListAsync(cancellationToken);
        // One reply can be in two held names' inboxes (one wrote the story, the other follows it): listed once.
        var items = entries.DistinctBy(i => i.ReplyId).ToList();

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
            .Select(t => new OwnPostSummary(true, t.Id, t.Id, t.Slug, t.Title, t.Author!.Name, t.CreatedAt))
            .ToListAsync(cancellationToken);
        var replies = await db.Replies.WrittenBy(pseudonymIds)
            .OrderByDescending(r => r.Id).Take(PostsSize)
            .Select(r => new OwnPostSummary(false, r.Id, r.ThreadId, r.Thread!.Slug, r.Thread.DeletedAt == null ? r.Thread.Title : ForumThread.DeletedTitle, r.Author!.Name, r.CreatedAt))
            .ToListAsync(cancellationToken);

        return new Inbox(
            items,
            storyNotes.Concat(replyNotes).OrderByDescending(n => n.Count).ToList(),
            stories.Concat(replies).OrderByDescending(p => p.CreatedAt).Take(PostsSize).ToList());
    }

}
