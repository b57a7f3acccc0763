using Microsoft.EntityFrameworkCore;

namespace Forum.Data.Reading;

/// <summary>
/// The story page's statement, compiled once (per model: <see cref="CompiledPerModel{TQuery}"/>). It runs for every reader holding a name (the page made for them;
/// readers without one mostly get the kept page), and uncompiled EF walks and hashes the whole projection on every
/// run to find its cached plan. The reader is a parameter of the query; <see cref="PostVisibility.Inline{TDelegate}"/>
/// puts the visibility rules' expressions in place of their calls, so the rules stay in one place.
/// </summary>
internal static class StoryPageQueries
{
    internal sealed record StoryRow(StoryDetail Detail, bool Familiar);

    internal sealed record ReplyRow(PostView View, bool Familiar);

    /// <summary>The story, one page of its replies and the pseudonyms a browser holds (with the header's counts), read together.</summary>
    internal sealed record PageRow(StoryRow Story, List<ReplyRow> Replies, List<PseudonymWithUnread> Kept);

    /// <summary>
    /// One statement for the whole page (issue 32: three round trips were most of what PostgreSQL spent on it): the
    /// story, if the reader may see it (<see cref="PostVisibility.IsVisibleTo"/>: a story its writer deleted stays, for
    /// the replies others wrote; the reader's own story waiting for a moderator shows to them); one page of replies
    /// after <c>after</c>, in place (<see cref="PostVisibility.IsInPlaceFor"/>: a removed or deleted reply leaves a
    /// notice where it was, and a reply held for review is shown to its own writer only), its size written into the
    /// statement (see <see cref="ListPageQueries.Room"/>) plus one row that only says a next page exists; and
    /// the pseudonyms <c>kept</c> names, as <see cref="MeReader.KeptWithUnread"/> reads them for the header. The
    /// replies and the pseudonyms are each a subquery of their own that does not refer to the story's row, so each
    /// runs once with its own index and its LIMIT, joined beside the story rather than into it.
    /// </summary>
    internal static readonly CompiledPerModel<Func<ForumDbContext, long, long, Guid?, Guid[], CancellationToken, Task<PageRow?>>> Page = new(() => EF.CompileAsyncQuery(
        MeReader.InlineKept(PostVisibility.Inline<Func<ForumDbContext, long, long, Guid?, Guid[], CancellationToken, PageRow?>>(
        (db, id, after, readerId, kept, _) => db.Stories
            .Where(t => t.IsVisibleTo(readerId))
            .Where(t => t.Id == id)
            .Select(t => new PageRow(
                new StoryRow(
                    new StoryDetail(
                        // A story on its page is never removed: IsVisibleTo has already left out one the moderators took down.
                        new PostView(
                            PostKind.Story, t.Id, t.AuthorId, t.ShownAuthorName(),
                            t.BodyHtml, t.CreatedAt, false, t.FamiliarCount, t.ContentWarnings, t.ContentWarningLabel,
                            t.EditedAt, t.DeletedAt != null, t.Author == null ? null : t.Author.Badge, t.HeldAt != null,
                            db.Milestones.Where(m => m.PseudonymId == t.AuthorId && m.ShowOnPosts).Select(m => (DateOnly?)m.StartedOn).FirstOrDefault()),
                        t.Slug, t.ShownTitle(),
                        new RoomSummary(t.Room!.Id, t.Room.Slug, t.Room.Name, t.Room.Description, t.Room.RequiresContentWarnings, t.Room.FeedEnabled && !t.Room.IsArchived),
                        t.ReplyCount, t.IsLocked, t.LockReason,
                        readerId != null && db.Follows.Any(f => f.PseudonymId == readerId && f.StoryId == t.Id)),
                    db.Reactions.Any(x => x.PseudonymId == readerId && x.Kind == ReactionKind.Familiar && x.PostKind == PostKind.Story && x.PostId == t.Id)),
                // By the id given, not t.Id: tied to the story's row, EF numbers every reply of every story to take a page.
                db.Replies
                    .Where(r => r.IsInPlaceFor(readerId))
                    .Where(r => r.StoryId == id && r.Id > after)
                    .OrderBy(r => r.Id)
                    .Take(ForumReader.RepliesPerPage + 1)
                    .Select(r => new ReplyRow(
                        new PostView(
                            PostKind.Reply, r.Id, r.AuthorId, r.ShownAuthorName(),
                            r.RemovedAt == null ? r.BodyHtml : "", r.CreatedAt, r.RemovedAt != null, r.FamiliarCount, r.ContentWarnings, r.ContentWarningLabel,
                            r.EditedAt, r.DeletedAt != null, r.Author == null ? null : r.Author.Badge, r.HeldAt != null,
                            db.Milestones.Where(m => m.PseudonymId == r.AuthorId && m.ShowOnPosts).Select(m => (DateOnly?)m.StartedOn).FirstOrDefault()),
                        db.Reactions.Any(x => x.PseudonymId == readerId && x.Kind == ReactionKind.Familiar && x.PostKind == PostKind.Reply && x.PostId == r.Id)))
                    .ToList(),
                MeReader.KeptWithUnreadIn(db, kept).ToList()))
            .SingleOrDefault()))));
}
