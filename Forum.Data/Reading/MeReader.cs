using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Forum.Data.Reading;

/// <summary>What /me and the header show a writer about their own pseudonyms: their inboxes, familiar counts, their posts.</summary>
public sealed class MeReader(ForumDbContext db)
{
    public const int InboxSize = 20;
    public const int UnreadCap = 99;
    private const int NotesSize = 10;
    private const int PostsSize = 30;

    /// <summary>New replies in these pseudonyms' inboxes (their stories and the ones they follow), counted up to <see cref="UnreadCap"/> + 1 (the header shows "99+").</summary>
    public async Task<int> UnreadCountAsync(IReadOnlyCollection<Guid> pseudonymIds, CancellationToken cancellationToken = default) =>
        pseudonymIds.Count == 0 ? 0 : Math.Min(UnreadCap + 1, (await WithUnreadCountsAsync(pseudonymIds, cancellationToken)).Sum(p => p.Unread));

    /// <summary>
    /// The pseudonyms (tracked, for writing) each with its count of new replies in its inbox and its unread notices from the
    /// moderators, in one query: the header shows both on every page, and the session reads the pseudonyms anyway,
    /// so the three share a round trip.
    /// </summary>
    public async Task<List<PseudonymWithUnread>> WithUnreadCountsAsync(IReadOnlyCollection<Guid> pseudonymIds, CancellationToken cancellationToken) =>
        await KeptWithUnreadCounts.For(db)(db, pseudonymIds as Guid[] ?? pseudonymIds.ToArray()).ToListAsync(cancellationToken);

    /// <summary>
    /// The pseudonyms and notices are <see cref="Held"/>'s, written out because a compiled query cannot call it.
    /// InboxOf's two sources, each counted through its own index: replies to the name's stories, and replies since it
    /// began following to the stories it follows (never its own story: the two never overlap). The story page reads
    /// it in its own statement (<see cref="InlineKept{TDelegate}"/>).
    /// </summary>
    internal static readonly Expression<Func<ForumDbContext, Guid[], IQueryable<PseudonymWithUnread>>> KeptWithUnread =
        (db, pseudonymIds) => db.Pseudonyms
            .Where(p => pseudonymIds.Contains(p.Id))
            .Include(p => p.Notices.Where(n => n.ReadAt == null).OrderBy(n => n.Id))
            .Select(p => new PseudonymWithUnread(p,
                db.Replies
                    .Where(PostVisibility.IsListedWithStory)
                    .Where(r => r.Story!.AuthorId == p.Id && (r.AuthorId == null || r.AuthorId != p.Id) && r.Id > p.InboxReadThrough)
                    .Take(UnreadCap + 1)
                    .Count()
                + db.Follows
                    .Where(f => f.PseudonymId == p.Id)
                    .SelectMany(f => db.Replies
                        .Where(PostVisibility.IsListedWithStory)
                        .Where(r => r.StoryId == f.StoryId && r.Id > f.SinceReplyId && (r.AuthorId == null || r.AuthorId != p.Id) && r.Id > p.InboxReadThrough))
                    .Take(UnreadCap + 1)
                    .Count()));

    /// <summary>
    /// Compiled once (per model: <see cref="CompiledPerModel{TQuery}"/>): every page a name holder opens runs it, and EF otherwise walks and hashes the whole expression
    /// on each run to find its cached plan.
    /// </summary>
    private static readonly CompiledPerModel<Func<ForumDbContext, Guid[], IAsyncEnumerable<PseudonymWithUnread>>> KeptWithUnreadCounts = new(() => EF.CompileAsyncQuery(KeptWithUnread));

    /// <summary>Only inside a query passed through <see cref="InlineKept{TDelegate}"/>: <see cref="KeptWithUnread"/>.</summary>
    internal static IQueryable<PseudonymWithUnread> KeptWithUnreadIn(ForumDbContext db, Guid[] pseudonymIds) =>
        throw new InvalidOperationException("Only inside a query passed through MeReader.InlineKept.");

    /// <summary><paramref name="query"/> with each call to <see cref="KeptWithUnreadIn"/> replaced by <see cref="KeptWithUnread"/>'s expression.</summary>
    internal static Expression<TDelegate> InlineKept<TDelegate>(Expression<TDelegate> query) =>
        StandIns.Inline(query, StandIns.Method(typeof(MeReader), nameof(KeptWithUnreadIn)), KeptWithUnread);

    /// <summary>
    /// The same pseudonyms and notices without counting their inboxes: for a request that writes and then redirects,
    /// where no header is drawn. Counting walks every reply since the inbox was last read in every followed story,
    /// the writer's own among them, and for a busy writer that was most of the database's time per reply.
    /// </summary>
    public Task<List<Pseudonym>> KeptAsync(IReadOnlyCollection<Guid> pseudonymIds, CancellationToken cancellationToken) =>
        Held(pseudonymIds).ToListAsync(cancellationToken);

    private IQueryable<Pseudonym> Held(IReadOnlyCollection<Guid> pseudonymIds) =>
        db.Pseudonyms
            .Where(p => pseudonymIds.Contains(p.Id))
            .Include(p => p.Notices.Where(n => n.ReadAt == null).OrderBy(n => n.Id));

    public async Task<Inbox> InboxAsync(IReadOnlyCollection<Guid> pseudonymIds, CancellationToken cancellationToken)
    {
        if (pseudonymIds.Count == 0) return new Inbox([], [], []);
        var entries = await db.InboxOf(pseudonymIds)
            .OrderByDescending(e => e.Reply.Id)
            .Take(InboxSize)
            .Select(e => new InboxItem(
                e.Reply.Id, e.Reply.StoryId, e.Reply.Story!.Slug, e.Reply.Story.Title, e.Owner.Name,
                e.Reply.Author == null ? null : e.Reply.Author.Name, e.Reply.CreatedAt, e.Reply.Id > e.Owner.InboxReadThrough, e.IsFollowed,
                e.Reply.ContentWarnings, e.Reply.ContentWarningLabel, e.Reply.Story.ContentWarnings, e.Reply.Story.ContentWarningLabel))
            .ToListAsync(cancellationToken);
        // One reply can be in two held names' inboxes (one wrote the story, the other follows it): listed once.
        var items = entries.DistinctBy(i => i.ReplyId).ToList();

        var storyNotes = await db.Stories.Listed().WrittenBy(pseudonymIds)
            .Where(t => t.FamiliarCount > 0)
            .OrderByDescending(t => t.Id).Take(NotesSize)
            .Select(t => new FamiliarNote(true, t.Id, t.Id, t.Slug, t.Title, t.Author!.Name, t.FamiliarCount))
            .ToListAsync(cancellationToken);
        var replyNotes = await db.Replies.Listed().WrittenBy(pseudonymIds)
            .Where(r => r.FamiliarCount > 0)
            .OrderByDescending(r => r.Id).Take(NotesSize)
            .Select(PostVisibility.Inline<Func<Reply, FamiliarNote>>(r => new FamiliarNote(false, r.Id, r.StoryId, r.Story!.Slug, r.Story.ShownTitle(), r.Author!.Name, r.FamiliarCount)))
            .ToListAsync(cancellationToken);

        var stories = await db.Stories.WrittenBy(pseudonymIds)
            .OrderByDescending(t => t.Id).Take(PostsSize)
            .Select(t => new OwnPostSummary(true, t.Id, t.Id, t.Slug, t.Title, t.Author!.Name, t.CreatedAt, t.RemovedAt, t.RemovalReason))
            .ToListAsync(cancellationToken);
        var replies = await db.Replies.WrittenBy(pseudonymIds)
            .OrderByDescending(r => r.Id).Take(PostsSize)
            .Select(PostVisibility.Inline<Func<Reply, OwnPostSummary>>(r => new OwnPostSummary(false, r.Id, r.StoryId, r.Story!.Slug, r.Story.ShownTitle(), r.Author!.Name, r.CreatedAt, r.RemovedAt, r.RemovalReason)))
            .ToListAsync(cancellationToken);

        return new Inbox(
            items,
            storyNotes.Concat(replyNotes).OrderByDescending(n => n.Count).ToList(),
            stories.Concat(replies).OrderByDescending(p => p.CreatedAt).Take(PostsSize).ToList());
    }

}
