using Forum.Data.Reading;
using Microsoft.EntityFrameworkCore;
using Forum.Domain.Rendering;
using Forum.Domain.Safety.Risk;

namespace Forum.Data.Moderation;

/// <summary>What moderators read: posts in any state, their open reports, removed stories.</summary>
public sealed class ModerationReader(ForumDbContext db)
{
    public const int RemovedPerPage = 100;

    public async Task<ModeratedPost?> PostAsync(PostKind kind, long id, CancellationToken cancellationToken)
    {
        var post = kind == PostKind.Story
            ? await db.Stories.Where(t => t.Id == id).Select(t => new ModeratedPost(
                PostKind.Story, t.Id, t.Id, t.Slug, t.Title, t.Room!.Slug, t.Room.Name, t.BodyHtml, t.CreatedAt, t.ModerationVersion,
                t.IsLocked, t.LockReason, t.IsPinned, t.RemovedAt, t.RemovalReason, t.HeldAt, t.IsPublic, t.ContentWarnings, t.ContentWarningLabel,
                t.Author == null ? null : new ModeratedAuthor(t.Author.Id, t.Author.Name, t.Author.BannedAt, t.Author.BannedUntil, t.Author.Badge, t.Author.ModerationVersion)))
                .SingleOrDefaultAsync(cancellationToken)
            : await db.Replies.Where(r => r.Id == id).Select(r => new ModeratedPost(
                PostKind.Reply, r.Id, r.StoryId, r.Story!.Slug, r.Story.Title, r.Story.Room!.Slug, r.Story.Room.Name, r.BodyHtml, r.CreatedAt, r.ModerationVersion,
                r.Story.IsLocked, r.Story.LockReason, false, r.RemovedAt, r.RemovalReason, r.HeldAt, r.IsPublic, r.ContentWarnings, r.ContentWarningLabel,
                r.Author == null ? null : new ModeratedAuthor(r.Author.Id, r.Author.Name, r.Author.BannedAt, r.Author.BannedUntil, r.Author.Badge, r.Author.ModerationVersion)))
                .SingleOrDefaultAsync(cancellationToken);
        if (post is null) return null;
        var reports = await db.Reports
            .Where(r => r.ResolvedAt == null && r.StoryId == post.StoryId && (kind == PostKind.Story ? r.ReplyId == null : r.ReplyId == id))
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
            .Select(r => new OpenReport(r.Id, r.Category, r.Note, r.CreatedAt))
            .ToListAsync(cancellationToken);
        return post with { Reports = reports };
    }

    public const int QueueLength = 100;

    /// <summary>
    /// Reported posts, "someone may be at risk" first, then by how many reports, then the longest waiting; and the
    /// posts held for review, oldest first.
    /// </summary>
    public async Task<ModerationQueue> QueueAsync(CancellationToken cancellationToken)
    {
        var groups = await db.Reports.Where(r => r.ResolvedAt == null)
            .GroupBy(r => new { r.StoryId, r.ReplyId })
            .Select(g => new
            {
                g.Key.StoryId,
                g.Key.ReplyId,
                AtRisk = g.Max(r => r.Category == ReportCategory.AtRisk ? 1 : 0),
                Count = g.Count(),
                Oldest = g.Min(r => r.CreatedAt),
            })
            .OrderByDescending(g => g.AtRisk).ThenByDescending(g => g.Count).ThenBy(g => g.Oldest)
            .Take(QueueLength)
            .ToListAsync(cancellationToken);
        var storyIds = groups.Select(g => g.StoryId).ToList();
        var threads = await db.Stories.Where(t => storyIds.Contains(t.Id))
            .Select(t => new { t.Id, t.Title, RoomName = t.Room!.Name, Html = t.BodyHtml.Substring(0, PostSnippet.HtmlPrefixLength), Writer = t.Author!.Name })
            .ToDictionaryAsync(t => t.Id, cancellationToken);
        var replyIds = groups.Where(g => g.ReplyId is not null).Select(g => g.ReplyId!.Value).ToList();
        var replies = replyIds.Count == 0
            ? []
            : await db.Replies.Where(r => replyIds.Contains(r.Id))
                .Select(r => new { r.Id, Html = r.BodyHtml.Substring(0, PostSnippet.HtmlPrefixLength), Writer = r.Author!.Name })
                .ToDictionaryAsync(r => r.Id, r => (r.Html, r.Writer), cancellationToken);
        var reported = groups.Select(g =>
        {
            var thread = threads[g.StoryId];
            var (html, writer) = g.ReplyId is { } replyId ? replies[replyId] : (thread.Html, thread.Writer);
            return new QueueItem(
                g.ReplyId is null ? PostKind.Story : PostKind.Reply, g.ReplyId ?? g.StoryId, g.StoryId,
                thread.Title, thread.RoomName, g.AtRisk == 1, g.Count, g.Oldest, PostSnippet.FromHtml(html), writer);
        }).ToList();
        reported = await WithNotesAsync(reported, cancellationToken);

        var heldStories = await db.Stories.WaitingForReview()
            .OrderBy(t => t.HeldAt).Take(QueueLength)
            .Select(t => new HeldItem(PostKind.Story, t.Id, t.Id, t.Title, t.Room!.Name, t.HeldAt!.Value))
            .ToListAsync(cancellationToken);
        var heldReplies = await db.Replies.WaitingForReview()
            .OrderBy(r => r.HeldAt).Take(QueueLength)
            .Select(r => new HeldItem(PostKind.Reply, r.Id, r.StoryId, r.Story!.Title, r.Story.Room!.Name, r.HeldAt!.Value))
            .ToListAsync(cancellationToken);
        return new ModerationQueue(await AtRiskAsync(cancellationToken), reported, heldStories.Concat(heldReplies).OrderBy(h => h.HeldAt).ToList());
    }

    /// <summary>
    /// How much the queue holds, counted as <see cref="QueueAsync"/> lists it (a post may stand in two sections), and
    /// since when the longest-waiting post that may mean someone is at risk has waited (flagged by the detector or
    /// reported so), for the operators' gauges: counts and one time, no post.
    /// </summary>
    public async Task<QueueSummary> SummaryAsync(CancellationToken cancellationToken)
    {
        var riskStories = db.Stories.Where(PostVisibility.IsStandingStory).Where(t => t.RiskBand != RiskBand.None && t.RiskSeenAt == null);
        var riskReplies = db.Replies.Where(PostVisibility.IsStandingReply).Where(r => r.RiskBand != RiskBand.None && r.RiskSeenAt == null);
        var open = db.Reports.Where(r => r.ResolvedAt == null);
        var atRisk = await riskStories.CountAsync(cancellationToken) + await riskReplies.CountAsync(cancellationToken);
        var reported = await open.Select(r => new { r.StoryId, r.ReplyId }).Distinct().CountAsync(cancellationToken);
        var held = await db.Stories.WaitingForReview().CountAsync(cancellationToken) + await db.Replies.WaitingForReview().CountAsync(cancellationToken);
        DateTimeOffset?[] oldest =
        [
            await riskStories.MinAsync(t => (DateTimeOffset?)t.CreatedAt, cancellationToken),
            await riskReplies.MinAsync(r => (DateTimeOffset?)r.CreatedAt, cancellationToken),
            await open.Where(r => r.Category == ReportCategory.AtRisk).MinAsync(r => (DateTimeOffset?)r.CreatedAt, cancellationToken),
        ];
        return new QueueSummary(atRisk, reported, held, oldest.Where(o => o is not null).Min());
    }

    /// <summary>
    /// Posts that may mean their writer is at risk and that no moderator has looked at yet: clear signs first, then
    /// the longest waiting. Removed posts are left out (a moderator has looked); held ones are in.
    /// </summary>
    private async Task<IReadOnlyList<RiskItem>> AtRiskAsync(CancellationToken cancellationToken)
    {
        var stories = await db.Stories
            .Where(PostVisibility.IsStandingStory)
            .Where(t => t.RiskBand != RiskBand.None && t.RiskSeenAt == null)
            .OrderByDescending(t => t.RiskBand).ThenBy(t => t.CreatedAt).Take(QueueLength)
            .Select(t => new RiskItem(PostKind.Story, t.Id, t.Id, t.Title, t.Room!.Name, t.RiskBand, t.CreatedAt,
                t.Author == null ? null : t.Author.Name, t.ModerationVersion))
            .ToListAsync(cancellationToken);
        var replies = await db.Replies
            .Where(PostVisibility.IsStandingReply)
            .Where(r => r.RiskBand != RiskBand.None && r.RiskSeenAt == null)
            .OrderByDescending(r => r.RiskBand).ThenBy(r => r.CreatedAt).Take(QueueLength)
            .Select(r => new RiskItem(PostKind.Reply, r.Id, r.StoryId, r.Story!.Title, r.Story.Room!.Name, r.RiskBand, r.CreatedAt,
                r.Author == null ? null : r.Author.Name, r.ModerationVersion))
            .ToListAsync(cancellationToken);
        return [.. stories.Concat(replies).OrderByDescending(i => i.Band).ThenBy(i => i.WrittenAt).Take(QueueLength)];
    }

    /// <summary>
    /// The reporters' notes on the items someone fears for, so the moderator reads what worried them beside the
    /// one-press message rather than a page away. Other items keep theirs on the post's page.
    /// </summary>
    private async Task<List<QueueItem>> WithNotesAsync(List<QueueItem> items, CancellationToken cancellationToken)
    {
        var storyIds = items.Where(i => i.AtRisk).Select(i => i.StoryId).Distinct().ToList();
        if (storyIds.Count == 0) return items;
        var notes = await db.Reports
            .Where(r => r.ResolvedAt == null && r.Note != null && storyIds.Contains(r.StoryId))
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
            .Select(r => new { r.StoryId, r.ReplyId, Note = r.Note! })
            .ToListAsync(cancellationToken);
        return items.Select(i => i.AtRisk
            ? i with { Notes = notes.Where(n => n.StoryId == i.StoryId && n.ReplyId == (i.Kind == PostKind.Reply ? (long?)i.PostId : null)).Select(n => n.Note).ToList() }
            : i).ToList();
    }

    /// <summary>The post an open report is about, so a refused resolution can show that post's page again.</summary>
    public async Task<(PostKind Kind, long Id)?> ReportedPostAsync(long reportId, CancellationToken cancellationToken)
    {
        var report = await db.Reports.Where(r => r.Id == reportId).Select(r => new { r.StoryId, r.ReplyId }).SingleOrDefaultAsync(cancellationToken);
        if (report is null) return null;
        return report.ReplyId is { } replyId ? (PostKind.Reply, replyId) : (PostKind.Story, report.StoryId);
    }

    public Task<List<RemovedStory>> RemovedStoriesAsync(CancellationToken cancellationToken) =>
        db.Stories.RemovedByModerators()
            .OrderByDescending(t => t.RemovedAt).ThenByDescending(t => t.Id)
            .Take(RemovedPerPage)
            .Select(t => new RemovedStory(t.Id, t.Title, t.Room!.Name, t.RemovedAt!.Value, t.RemovalReason))
            .ToListAsync(cancellationToken);
}
