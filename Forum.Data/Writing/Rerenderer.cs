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
        var total = await db.Stories.CountAsync(t => t.RenderVersion < version, cancellationToken)
                    + await db.Replies.CountAsync(r => r.RenderVersion < version, cancellationToken);
        var done = 0;
        progress($"{total:N0} posts need re-rendering to version {version}.");

        done = await RerenderAsync(db.Stories, "stories", done, total, progress, batchSize, cancellationToken);
        done = await RerenderAsync(db.Replies, "replies", done, total, progress, batchSize, cancellationToken);
        progress($"Done: {done:N0} posts re-rendered.");
        return done;
    }

    private async Task<int> RerenderAsync<TPost>(
        IQueryable<TPost> posts, string label, int done, int total, Action<string> progress, int batchSize, CancellationToken cancellationToken)
        where TPost : class, IRenderedPost
    {
        var version = renderer.CurrentVersion;
        for (long after = 0; ;)
        {
            var batch = await posts.Where(p => p.RenderVersion < version && p.Id > after).OrderBy(p => p.Id).Take(batchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0) return done;
            foreach (var post in batch) post.Rerender(renderer.Render(post.BodySource));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear(); // keep memory flat across a large forum
            done += batch.Count;
            after = batch[^1].Id;
            progress($"Re-rendered {done:N0} of {total:N0} posts ({label} up to #{after}).");
        }
    }
}
