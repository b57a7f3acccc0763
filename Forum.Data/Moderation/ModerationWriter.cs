using Microsoft.EntityFrameworkCore;

namespace Forum.Data.Moderation;

/// <summary>
/// Moderators' actions on stories, replies and pseudonyms. Each one: the reason checked, the target loaded, the
/// version the moderator saw compared, the entity's own rule applied, and the change saved with exactly one log
/// row in one transaction (<see cref="ModerationSaving"/>). Each returns false when there is no such target.
/// </summary>
public sealed class ModerationWriter(ForumDbContext db, TimeProvider clock)
{
    public Task<bool> LockAsync(ModeratorAct act, long storyId, CancellationToken ct) =>
        OnStoryAsync(act, storyId, ModerationActions.LockStory, (thread, reason, _) => thread.Lock(reason.Text), ct);

    public Task<bool> UnlockAsync(ModeratorAct act, long storyId, CancellationToken ct) =>
        OnStoryAsync(act, storyId, ModerationActions.UnlockStory, (thread, _, _) => thread.Unlock(), ct);

    public Task<bool> PinAsync(ModeratorAct act, long storyId, CancellationToken ct) =>
        OnStoryAsync(act, storyId, ModerationActions.PinStory, (thread, _, _) => thread.Pin(), ct);

    public Task<bool> UnpinAsync(ModeratorAct act, long storyId, CancellationToken ct) =>
        OnStoryAsync(act, storyId, ModerationActions.UnpinStory, (thread, _, _) => thread.Unpin(), ct);

    public Task<bool> RemoveAsync(ModeratorAct act, PostKind kind, long id, CancellationToken ct) =>
        OnPostAsync(act, kind, id, ModerationActions.Remove(kind), (post, reason, now) =>
        {
            post.Remove(now, reason.Text);
            if (ModeratorNotice.AboutRemoval(post, reason, now) is { } notice) db.ModeratorNotices.Add(notice);
        }, ct);

    /// <summary>
    /// Puts a removed post back. Its writer was told it was taken down: a notice they have not read yet is withdrawn
    /// (so it never says something no longer true), one they have read is answered with word that it is back.
    /// </summary>
    public Task<bool> RestoreAsync(ModeratorAct act, PostKind kind, long id, CancellationToken ct) =>
        OnPostAsync(act, kind, id, ModerationActions.Restore(kind), (post, _, _) => post.Restore(), ct, afterSave: async (post, now) =>
        {
            var unread = await db.ModeratorNotices
                .Where(n => n.PseudonymId == post.AuthorId && n.StoryId == post.ParentStory!.Id && n.ReadAt == null).ToListAsync(ct);
            var withdrawn = unread.Where(n => n.IsUnreadRemovalOf(post)).ToList();
            if (withdrawn.Count > 0) db.ModeratorNotices.RemoveRange(withdrawn);
            else if (ModeratorNotice.AboutRestoral(post, now) is { } back) db.ModeratorNotices.Add(back);
            await db.SaveChangesAsync(ct);
        });

    /// <summary>
    /// Publishes a held post. A reply joins its story's count by the database's trigger (migrations/0018) and moves
    /// its last activity here, in the same transaction.
    /// </summary>
    public Task<bool> ApproveAsync(ModeratorAct act, PostKind kind, long id, CancellationToken ct) =>
        OnPostAsync(act, kind, id, ModerationActions.ApproveHeld, (post, _, _) => post.Approve(), ct, afterSave: async (post, now) =>
        {
            if (post is Reply reply)
                await db.Stories.Where(t => t.Id == reply.StoryId)
                    .ExecuteUpdateAsync(set => set
                        .SetProperty(t => t.LastActivityAt, t => t.LastActivityAt > now ? t.LastActivityAt : now), ct);
        });

    public Task<bool> RejectAsync(ModeratorAct act, PostKind kind, long id, CancellationToken ct) =>
        OnPostAsync(act, kind, id, ModerationActions.RejectHeld, (post, reason, now) =>
        {
            post.Reject(now, reason.Text);
            if (ModeratorNotice.AboutRejection(post, reason, now) is { } notice) db.ModeratorNotices.Add(notice);
        }, ct);

    public Task<bool> WarnAsync(ModeratorAct act, PostKind kind, long id, ContentWarningSet warnings, CancellationToken ct) =>
        OnPostAsync(act, kind, id, ModerationActions.AddWarning, (post, _, _) => post.AddContentWarnings(warnings), ct,
            detail: _ => string.Join(", ", warnings.Names));

    /// <summary>A moderator has looked at a post that may mean its writer is at risk: it leaves that list.</summary>
    public Task<bool> MarkRiskSeenAsync(ModeratorAct act, PostKind kind, long id, CancellationToken ct) =>
        OnPostAsync(act, kind, id, ModerationActions.RiskSeen, (post, _, now) => post.MarkRiskSeen(now), ct);

    public async Task<bool> MoveAsync(ModeratorAct act, long storyId, string? roomSlug, CancellationToken ct)
    {
        var room = await db.Rooms.SingleOrDefaultAsync(r => r.Slug == roomSlug, ct)
                   ?? throw new DomainRuleException("Choose the room the story should move to.");
        string? from = null;
        return await OnStoryAsync(act, storyId, ModerationActions.MoveStory, (thread, _, _) =>
        {
            from = thread.Room!.Name;
            thread.MoveTo(room);
        }, ct, _ => $"from {from} to {room.Name}");
    }

    /// <param name="until">Null for good.</param>
    public Task<bool> BanAsync(ModeratorAct act, Guid pseudonymId, DateTimeOffset? until, CancellationToken ct) =>
        OnPseudonymAsync(act, pseudonymId, ModerationActions.BanPseudonym, (pseudonym, reason, now) =>
        {
            pseudonym.Ban(now, until);
            db.ModeratorNotices.Add(ModeratorNotice.AboutBan(pseudonym, reason, now));
        }, ct, until is { } end ? $"until {end:yyyy-MM-dd HH:mm} UTC" : "for good");

    public Task<bool> UnbanAsync(ModeratorAct act, Guid pseudonymId, CancellationToken ct) =>
        OnPseudonymAsync(act, pseudonymId, ModerationActions.UnbanPseudonym, (pseudonym, _, now) => pseudonym.Unban(now), ct);

    public Task<bool> GrantBadgeAsync(ModeratorAct act, Guid pseudonymId, VerifiedBadge badge, CancellationToken ct) =>
        OnPseudonymAsync(act, pseudonymId, ModerationActions.GrantBadge, (pseudonym, _, _) => pseudonym.GrantBadge(badge), ct,
            VerifiedBadgeText.Codes.Label(badge));

    public Task<bool> RevokeBadgeAsync(ModeratorAct act, Guid pseudonymId, CancellationToken ct) =>
        OnPseudonymAsync(act, pseudonymId, ModerationActions.RevokeBadge, (pseudonym, _, _) => pseudonym.RevokeBadge(), ct);

    /// <summary>
    /// A private message to a pseudonym, optionally with one country's crisis lines. The log records that it was
    /// sent, to whom and with which country's lines, never the words.
    /// </summary>
    /// <param name="crisisCountry">A country the crisis lines name (the caller checks it against them), or null.</param>
    public async Task<bool> SendNoticeAsync(int moderatorId, Guid pseudonymId, string? message, string? crisisCountry, string? reasonText, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var notice = ModeratorNotice.Message(pseudonymId, message, crisisCountry, now);
        var reason = ModerationReason.From(reasonText);
        if (!await db.Pseudonyms.AnyAsync(p => p.Id == pseudonymId, ct)) return false;
        db.ModeratorNotices.Add(notice);
        await db.SaveWithLogAsync(ModerationLogEntry.Record(moderatorId, ModerationActions.SendNotice, ModerationTarget.Pseudonym(pseudonymId), reason, now,
            notice.CrisisCountry is { } country ? $"with the crisis lines for {country}" : null), ct);
        return true;
    }

    /// <summary>Closes a report with an outcome; the reason may be left out, and the outcome then stands as the reason.</summary>
    /// <returns>The post the report was about (to go back to), or null when there is no such report.</returns>
    public async Task<(PostKind Kind, long Id)?> ResolveReportAsync(int moderatorId, long reportId, string? outcome, string? reasonText, CancellationToken ct)
    {
        var report = await db.Reports.SingleOrDefaultAsync(r => r.Id == reportId, ct);
        if (report is null) return null;
        var now = clock.GetUtcNow();
        report.Resolve(moderatorId, outcome ?? "", now);
        var reason = ModerationReason.From(string.IsNullOrWhiteSpace(reasonText) ? ReportOutcome.Label(report.Outcome!) : reasonText);
        await db.SaveWithLogAsync(ModerationLogEntry.Record(moderatorId, ModerationActions.ResolveReport, ModerationTarget.Report(reportId), reason, now,
            $"{ReportCategoryText.Codes.Label(report.Category)}: {ReportOutcome.Label(report.Outcome!)}"), ct);
        return report.ReplyId is { } replyId ? (PostKind.Reply, replyId) : (PostKind.Story, report.StoryId);
    }

    private Task<bool> OnStoryAsync(
        ModeratorAct act, long storyId, string action, Action<Story, ModerationReason, DateTimeOffset> change,
        CancellationToken ct, Func<Post, string?>? detail = null) =>
        OnPostAsync(act, PostKind.Story, storyId, action, (post, reason, now) => change((Story)post, reason, now), ct, detail);

    /// <param name="afterSave">Database-side changes that must commit with the action and its log row.</param>
    private async Task<bool> OnPostAsync(
        ModeratorAct act, PostKind kind, long id, string action, Action<Post, ModerationReason, DateTimeOffset> change,
        CancellationToken ct, Func<Post, string?>? detail = null, Func<Post, DateTimeOffset, Task>? afterSave = null)
    {
        var reason = ModerationReason.From(act.Reason);
        var post = await db.PostAsync(kind, id, ct);
        if (post is null) return false;
        RequireSeen(post.ModerationVersion, act);
        var now = clock.GetUtcNow();
        change(post, reason, now);
        var entry = ModerationLogEntry.Record(act.ModeratorId, action, ModerationTarget.Post(kind, id), reason, now, detail?.Invoke(post));
        if (afterSave is null)
        {
            await db.SaveWithLogAsync(entry, ct);
            return true;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveWithLogAsync(entry, ct);
        await afterSave(post, now);
        await transaction.CommitAsync(ct);
        return true;
    }

    private async Task<bool> OnPseudonymAsync(
        ModeratorAct act, Guid pseudonymId, string action, Action<Pseudonym, ModerationReason, DateTimeOffset> change, CancellationToken ct, string? detail = null)
    {
        var reason = ModerationReason.From(act.Reason);
        var pseudonym = await db.Pseudonyms.Include(p => p.Notices.Where(n => n.ReadAt == null)).SingleOrDefaultAsync(p => p.Id == pseudonymId, ct);
        if (pseudonym is null) return false;
        RequireSeen(pseudonym.ModerationVersion, act);
        var now = clock.GetUtcNow();
        change(pseudonym, reason, now);
        await db.SaveWithLogAsync(ModerationLogEntry.Record(act.ModeratorId, action, ModerationTarget.Pseudonym(pseudonymId), reason, now, detail), ct);
        return true;
    }

    /// <summary>
    /// The page the moderator acted from showed an older state: someone else changed it in between. The version
    /// is also the concurrency token, which covers the moment between this check and the save.
    /// </summary>
    private static void RequireSeen(int current, ModeratorAct act)
    {
        if (current != act.SeenVersion) throw new ModerationConflictException();
    }
}
