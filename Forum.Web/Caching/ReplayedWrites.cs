using System.Diagnostics;
using Forum.Data.Replication;
using Microsoft.AspNetCore.OutputCaching;
using NpgsqlTypes;

namespace Forum.Web.Caching;

/// <summary>
/// Kept pages are evicted once more when the standby has replayed a write. A write evicts them at once
/// (<see cref="PageCaching"/>), but with reads on a standby the next reader can have the page rendered again, and
/// kept, from a standby a few milliseconds behind; without this second eviction that page would be served stale for
/// the cache's whole lifetime. With Redis the eviction holds on every node. Nothing happens on a single host.
/// </summary>
internal sealed class ReplayedWrites(ReadReplica replica, IOutputCacheStore store, ILogger<ReplayedWrites> logger)
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    public void EvictWhenReplayed(NpgsqlLogSequenceNumber position)
    {
        if (!replica.IsConfigured) return;
        _ = Task.Run(() => EvictWhenReplayedAsync(position));
    }

    private async Task EvictWhenReplayedAsync(NpgsqlLogSequenceNumber position)
    {
        var waited = Stopwatch.StartNew();
        try
        {
            while (!await replica.HasReplayedAsync(position, CancellationToken.None))
            {
                // A page kept before the standby caught up has expired by now: nothing is left to evict.
                if (waited.Elapsed > SharedPages.Lifetime) return;
                await Task.Delay(Poll);
            }
            await store.EvictByTagAsync(SharedPages.Tag, CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Nobody waits on this; a page kept stale meanwhile lives out its short lifetime.
            logger.ReplayedEvictionFailed(e);
        }
    }
}
