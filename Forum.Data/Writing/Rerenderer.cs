using Forum.Domain.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Forum.Data.Writing;

/// <summary>
/// Brings every post rendered under an older policy up to the current one. Works in batches by id, each batch
/// its own transaction, so it can be stopped at any point and simply run again: finished rows no longer match.
/// </summary>
public sealed class Rerenderer(ForumDbContext db, IPostRenderer renderer)
{
    public const int DefaultBatchSize = 500;

    public async Task<int> RunAsync(Action<string> progress, int batchSize = DefaultBatchSize, CancellationToken cancellationToken = default)
    {
        var version = renderer.CurrentVersion;
        var total = await db.Threads.CountAsync(t => t.RenderVersion < version, cancellationToken)
                    + await db.Replies.CountAsync(r => r.RenderVersion < version, cancellationToken);
        var done = 0;
        progress($"{total:N0} posts need re-rendering to version {version}.");

        for (long after = 0; ;)
        {
            var threads = await db.Threads.Where(t => t.RenderVersion < version && t.Id > after).OrderBy(t => t.Id).Take(batchSize).ToListAsync(cancellationToken);
            if (threads.Count == 0) break;
            foreach (var thread in threads) thread.Rerender(renderer.Render(thread.BodySource));
            done += await SaveBatchAsync(threads.Count, cancellationToken);
            after = threads[^1].Id;
            progress($"Re-rendered {done:N0} of {total:N0} posts (stories up to #{after}).");
        }
        for (long after = 0; ;)
        {
            var replies = await db.Replies.Where(r => r.RenderVersion < version && r.Id > after).OrderBy(r => r.Id).Take(batchSize).ToListAsync(cancellationToken);
            if (replies.Count == 0) break;
            foreach (var reply in replies) reply.Rerender(renderer.Render(reply.BodySource));
            done += await SaveBatchAsync(replies.Count, cancellationToken);
            after = replies[^1].Id;
            progress($"Re-rendered {done:N0} of {total:N0} posts (replies up to #{after}).");
        }
        progress($"Done: {done:N0} posts re-rendered.");
        return done;
    }

    private async Task<int> SaveBatchAsync(int count, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear(); // keep memory flat across a large forum
        return count;
    }
}
