using Microsoft.AspNetCore.OutputCaching;

namespace Forum.Web.Redis;

/// <summary>
/// The page cache with Redis as a helper: kept pages live in Redis, so every node serves and evicts one copy; while
/// Redis is away (<see cref="RedisBreaker"/>) each node keeps pages in its own memory, as a single node does, instead
/// of rendering every page anew. An eviction always reaches this node's memory, and Redis when it answers. A write
/// while Redis is away evicts only the node that took it: the other node's copy lives out <see cref="Caching.SharedPages.Lifetime"/>.
/// </summary>
internal sealed class KeptPagesWhileRedisIsAway(IOutputCacheStore shared, IOutputCacheStore local, RedisBreaker breaker) : IOutputCacheStore
{
    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var (answered, page) = await breaker.TryAsync(_ => shared.GetAsync(key, cancellationToken).AsTask());
        return answered ? page : await local.GetAsync(key, cancellationToken);
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        var (answered, _) = await breaker.TryAsync(async _ =>
        {
            await shared.SetAsync(key, value, tags, validFor, cancellationToken);
            return true;
        });
        if (!answered) await local.SetAsync(key, value, tags, validFor, cancellationToken);
    }

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        await local.EvictByTagAsync(tag, cancellationToken);
        await breaker.TryAsync(async _ =>
        {
            await shared.EvictByTagAsync(tag, cancellationToken);
            return true;
        });
    }
}
