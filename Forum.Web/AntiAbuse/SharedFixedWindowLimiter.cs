using System.Diagnostics;
using System.Threading.RateLimiting;
using Forum.Web.Redis;
using StackExchange.Redis;

namespace Forum.Web.AntiAbuse;

/// <summary>
/// One budget's fixed window, counted in Redis so that every node spends from the same count. The count and its
/// expiry are set by one script, so concurrent requests on any node are counted exactly once each. The node also
/// counts every request in its own memory (<paramref name="onThisNode"/>), Redis or not: no node goes past that
/// floor, so while Redis is away (<see cref="RedisBreaker"/>) each node's limit holds, counting what came before.
/// </summary>
internal sealed class SharedFixedWindowLimiter(RedisBreaker redis, RedisKey key, TimeSpan window, int permitLimit, RateLimiter onThisNode)
    : RateLimiter
{
    // PTTL can only be missing if the key was made without this script; it then gets the window it should have had.
    private static readonly LuaScript Count = LuaScript.Prepare("""
        local count = redis.call('INCR', @key)
        if count == 1 then redis.call('PEXPIRE', @key, @window) end
        local left = redis.call('PTTL', @key)
        if left < 0 then redis.call('PEXPIRE', @key, @window); left = tonumber(@window) end
        return { count, left }
        """);

    private long _lastUsed = Stopwatch.GetTimestamp();

    /// <summary>
    /// Idle only when this node's window is whole again: the framework drops idle limiters, and dropping one with
    /// permits spent would give its budget back early (each request waiting out a sick Redis made every limiter idle).
    /// </summary>
    public override TimeSpan? IdleDuration => onThisNode.IdleDuration is null ? null : Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastUsed));

    public override RateLimiterStatistics? GetStatistics() => null;

    /// <summary>Nothing is known without asking Redis, so the synchronous attempt declines and the middleware asks again, asynchronously.</summary>
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => Lease.Refused(null);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _lastUsed, Stopwatch.GetTimestamp());
        if (permitCount == 0) return Lease.Granted;
        var local = onThisNode.AttemptAcquire(permitCount);
        if (!local.IsAcquired) return local;
        var (answered, result) = await redis.TryAsync(database => database.ScriptEvaluateAsync(Count, new { key, window = (long)window.TotalMilliseconds }));
        if (!answered) return local;
        local.Dispose();
        var answer = (RedisResult[])result!;
        return (long)answer[0] <= permitLimit ? Lease.Granted : Lease.Refused(TimeSpan.FromMilliseconds((long)answer[1]));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) onThisNode.Dispose();
        base.Dispose(disposing);
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(true, null);

        public static Lease Refused(TimeSpan? retryAfter) => new(false, retryAfter);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
