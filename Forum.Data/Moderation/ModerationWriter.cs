using Forum.Domain;
using Forum.Domain.Moderation;
using Forum.Domain.Pseudonyms;
using Forum.Domain.Reactions;
using Forum.Domain.Safety;
using Forum.Domain.Threads;
using Microsoft.EntityFrameworkCore;

namespace Forum.Data.Moderation;

/// <summary>
/// Moderators' actions on stories, replies and pseudonyms. Each one: the reason checked, the target loaded, the
/// version the moderator saw compared, the entity's own rule applied, and the change saved with exactly one log
/// row in one transaction (<see cref="ModerationSaving"/>). Each returns false when there is no such target.
/// </summary>
public sealed class ModerationWriter(ForumDbContext db, TimeProvider clock)
{
    public Task<bool> LockAsync(ModeratorAct act, long threadId, CancellationToken ct) =>
        OnThreadAsync(act, threadId, ModerationActions.LockThread, (thread, reason, _) => thread.Lock(reason.Text), ct);

    public Task<bool> UnlockAsync(ModeratorAct act, long threadId, CancellationToken ct) =>
        OnThreadAsync(act, threadId, ModerationActions.UnlockThread, (thread, _, _) => thread.Unlock(), ct);

    public Task<bool> PinAsync(ModeratorAct act, long threadId, CancellationToken ct) =>
        OnThreadAsync(act, threadId, ModerationActions.PinThread, (thread, _, _) => thread.Pin(), ct);

    public Task<bool> UnpinAsync(ModeratorAct act, long threadId, CancellationToken ct) =>
        OnThreadAsync(act, threadId, ModerationActions.UnpinThread, (thread, _, _) => thread.Unpin(), ct);

    public Task<bool> RemoveThreadAsync(ModeratorAct act, long threadId, CancellationToken ct) =>
        OnThreadAsync(act, threadId, ModerationActions.RemoveThread, (thread, reason, now) => thread.Remove(now, reason.Text), ct);

    public Task<bool> RestoreThreadAsync(ModeratorAct act, long threadId, CancellationToken ct) =>
        OnThreadAsync(act, threadId, ModerationActions.RestoreThread, (thread, _, _) => thread.Restore(), ct);

    public Task<bool> ApproveThreadAsync(ModeratorAct act, long threadId, CancellationToken ct) =>
        OnThreadAsync(act, threadId, ModerationActions.ApproveHeld, (thread, _, _) => thread.Approve(), ct);

    public Task<bool> RejectThreadAsync(ModeratorAct act, long threadId, CancellationToken ct) =>
        OnThreadAsync(act, threadId, ModerationActions.RejectHeld, (thread, reason, now) => thread.Reject(now, reason.Text), ct);

    public Task<bool> WarnThreadAsync(ModeratorAct act, long threadId, ContentWarningSet warnings, CancellationToken ct) =>
        OnThreadAsync(act, threadId, ModerationActions.AddWarning, (thread, _, _) => thread.AddContentWarnings(warnings), ct,
            _ => string.Join(", ", warnings.Names));

    public async Task<bool> MoveAsync(ModeratorAct act, long threadId, string? roomSlug, CancellationToken ct)
    {
        var room = await db.Rooms.SingleOrDefaultAsync(r => r.Slug == roomSlug, ct)
                   ?? throw new DomainRuleException("Choose the room the story should move to.");
        string? from = null;
        return await OnThreadAsync(act, threadId, ModerationActions.MoveThread, (thread, _, _) =>
        {
            from = thread.Room!.Name;
            thread.MoveTo(room);
        }, ct, _ => $"from {from} to {room.Name}");
    }

    public Task<bool> RemoveReplyAsync(ModeratorAct act, long replyId, CancellationToken ct) =>
        OnReplyAsync(act, replyId, ModerationActions.RemoveReply, (reply, reason, now) => reply.Remove(now, reason.Text), ct);

    public Task<bool> RestoreReplyAsync(ModeratorAct act, long replyId, CancellationToken ct) =>
        OnReplyAsync(act, replyId, ModerationActions.RestoreReply, (reply, _, _) => reply.Restore(), ct);

    public Task<bool> RejectReplyAsync(ModeratorAct act, long replyId, CancellationToken ct) =>
        OnReplyAsync(act, replyId, ModerationActions.RejectHeld, (reply, reason, now) => reply.Reject(now, reason.Text), ct);

    public Task<bool> WarnReplyAsync(ModeratorAct act, long replyId, ContentWarningSet warnings, CancellationToken ct) =>
        OnReplyAsync(act, replyId, ModerationActions.AddWarning, (reply, _, _) => reply.AddContentWarnings(warnings), ct,
            _ => string.Join(", ", warnings.Names));

    /// <summary>Publishes a held reply; it joins the thread's counters (an atomic update, as in ThreadWriter) in the same transaction.</summary>
    public async Task<bool> ApproveReplyAsync(ModeratorAct act, long replyId, CancellationToken ct)
    {
        var reason = ModerationReason.From(act.Reason);
        var reply = await db.Replies.Include(r => r.Thread).SingleOrDefaultAsync(r => r.Id == replyId, ct);
        if (reply is null) return false;
        RequireSeen(reply.ModerationVersion, act);
        var now = clock.GetUtcNow();
        reply.Approve(now);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveWithLogAsync(ModerationLogEntry.Record(act.ModeratorId, ModerationActions.ApproveHeld, ModerationTarget.Reply(replyId), reason, now), ct);
        await db.Threads.Where(t => t.Id == reply.ThreadId)
            .ExecuteUpdateAsync(set => set
                .SetProperty(t => t.ReplyCount, t => t.ReplyCount + 1)
                .SetProperty(t => t.LastActivityAt, t => t.LastActivityAt > now ? t.LastActivityAt : now), ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    /// <param name="until">Null for good.</param>
    public Task<bool> BanAsync(ModeratorAct act, Guid pseudonymId, DateTimeOffset? until, CancellationToken ct) =>
        OnPseudonymAsync(act, pseudonymId, ModerationActions.BanPseudonym, (pseudonym, now) => pseudonym.Ban(now, until), ct,
            until is { } end ? $"until {end:yyyy-MM-dd HH:mm} UTC" : "for good");

    public Task<bool> UnbanAsync(ModeratorAct act, Guid pseudonymId, CancellationToken ct) =>
        OnPseudonymAsync(act, pseudonymId, ModerationActions.UnbanPseudonym, (pseudonym, now) => pseudonym.Unban(now), ct);

    public Task<bool> GrantBadgeAsync(ModeratorAct act, Guid pseudonymId, VerifiedBadge badge, CancellationToken ct) =>
        OnPseudonymAsync(act, pseudonymId, ModerationActions.GrantBadge, (pseudonym, _) => pseudonym.GrantBadge(badge), ct,
            VerifiedBadgeText.Label(badge));

    public Task<bool> RevokeBadgeAsync(ModeratorAct act, Guid pseudonymId, CancellationToken ct) =>
        OnPseudonymAsync(act, pseudonymId, ModerationActions.RevokeBadge, (pseudonym, _) => pseudonym.RevokeBadge(), ct);

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
            $"{ReportCategoryText.Label(report.Category)}: {ReportOutcome.Label(report.Outcome!)}"), ct);
        return report.ReplyId is { } replyId ? (PostKind.Reply, replyId) : (PostKind.Thread, report.ThreadId);
    }

    private async Task<bool> OnThreadAsync(
        ModeratorAct act, long threadId, string action, Action<ForumThread, ModerationReason, DateTimeOffset> change,
        CancellationToken ct, Func<ForumThread, string?>? detail = null)
    {
        var reason = ModerationReason.From(act.Reason);
        var thread = await db.Threads.Include(t => t.Room).SingleOrDefaultAsync(t => t.Id == threadId, ct);
        if (thread is null) return false;
        RequireSeen(thread.ModerationVersion, act);
        var now = clock.GetUtcNow();
        change(thread, reason, now);
        await db.SaveWithLogAsync(ModerationLogEntry.Record(act.ModeratorId, action, ModerationTarget.Thread(threadId), reason, now, detail?.Invoke(thread)), ct);
        return true;
    }

    private async Task<bool> OnReplyAsync(
        ModeratorAct act, long replyId, string action, Action<Reply, ModerationReason, DateTimeOffset> change,
        CancellationToken ct, Func<Reply, string?>? detail = null)
    {
        var reason = ModerationReason.From(act.Reason);
        var reply = await db.Replies.Include(r => r.Thread).SingleOrDefaultAsync(r => r.Id == replyId, ct);
        if (reply is null) return false;
        RequireSeen(reply.ModerationVersion, act);
        var now = clock.GetUtcNow();
        change(reply, reason, now);
        await db.SaveWithLogAsync(ModerationLogEntry.Record(act.ModeratorId, action, ModerationTarget.Reply(replyId), reason, now, detail?.Invoke(reply)), ct);
        return true;
    }

    private async Task<bool> OnPseudonymAsync(
        ModeratorAct act, Guid pseudonymId, string action, Action<Pseudonym, DateTimeOffset> change, CancellationToken ct, string? detail = null)
    {
        var reason = ModerationReason.From(act.Reason);
        var pseudonym = await db.Pseudonyms.SingleOrDefaultAsync(p => p.Id == pseudonymId, ct);
        if (pseudonym is null) return false;
        RequireSeen(pseudonym.ModerationVersion, act);
        var now = clock.GetUtcNow();
        change(pseudonym, now);
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
