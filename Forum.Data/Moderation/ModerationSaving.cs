using Microsoft.EntityFrameworkCore;

namespace Forum.Data.Moderation;

/// <summary>
/// The one way a moderation action is saved: the change and its log row in a single SaveChanges, which EF runs
/// as one transaction. A concurrency conflict rolls back both.
/// <code>
/// thread.Lock(reason);                                   // the entity's rule
/// await db.SaveWithLogAsync(ModerationLogEntry.Record(   // one row, same transaction
///     moderatorId, ModerationActions.LockStory, ModerationTarget.Story(thread.Id), reason, now), ct);
/// </code>
/// </summary>
public static class ModerationSaving
{
    public static async Task SaveWithLogAsync(this ForumDbContext db, ModerationLogEntry entry, CancellationToken cancellationToken)
    {
        db.ModerationLog.Add(entry);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException e)
        {
            db.ChangeTracker.Clear();
            throw new ModerationConflictException(e);
        }
    }
}
