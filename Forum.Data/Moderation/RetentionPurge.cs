using Microsoft.EntityFrameworkCore;

namespace Forum.Data.Moderation;

/// <summary>
/// Deletes for good what moderators removed longer ago than the retention window: removed stories (their
/// replies, reactions and reports go with them through the foreign keys and triggers), removed replies, and
/// resolved reports, and the moderators' notices read that long ago. One transaction. The moderation log keeps the action and its reason; it never held the text.
/// </summary>
public sealed class RetentionPurge(ForumDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromDays(30);

    public async Task<PurgeCounts> RunAsync(TimeSpan window, CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - window;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var threads = await db.Stories.Where(t => t.RemovedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        // Each story's count loses the purged replies it counted by the database's trigger (migrations/0018): a
        // reply another purge took first is not there to delete, so it is not taken off twice.
        var replies = await db.Replies.Where(r => r.RemovedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        var reports = await db.Reports.Where(r => r.ResolvedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        // A notice has done its work once read; a removal notice went already with its purged story (foreign key).
        var notices = await db.ModeratorNotices.Where(n => n.ReadAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PurgeCounts(threads, replies, reports, notices);
    }
}


