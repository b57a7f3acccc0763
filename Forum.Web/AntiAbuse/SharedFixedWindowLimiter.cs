using System.Diagnostics;
using System.Threading.RateLimiting;
using StackExchange.Redis;

namespace Forum.Web.AntiAbuse;

/// <summary>
/// One budget's fixed window, counted in Redis so that every node spends from the same count. The count and its
/// expiry are set by one script, so concurrent requests on any node are counted exactly once each. While Redis is
/// away the node counts in memory instead (<paramref name="whileRedisIsAway"/>): limits then hold per node rather
/// than not at all, and posting never stops because a cache is down.
/// </summary>
internal sealed class SharedFixedWindowLimiter(IConnectionMultiplexer redis, RedisKey key, TimeSpan window, int permitLimit, RateLimiter whileRedisIsAway)
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

    public override TimeSpan? IdleDuration => Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastUsed));

    public override RateLimiterStatistics? GetStatistics() => null;

    /// <summary>Nothing is known without asking Redis, so the synchronous attempt declines and the middleware asks again, asynchronously.</summary>
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => Lease.Refused(null);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _lastUsed, Stopwatch.GetTimestamp());
        if (permitCount == 0) return Lease.Granted;
        try
        {
            var answer = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(Count, new { key, window = (long)window.TotalMilliseconds }))!;
            var count = (long)answer[0];
            return count <= permitLimit ? Lease.Granted : Lease.Refused(TimeSpan.FromMilliseconds((long)answer[1]));
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return await whileRedisIsAway.AcquireAsync(permitCount, cancellationToken);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) whileRedisIsAway.Dispose();
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
