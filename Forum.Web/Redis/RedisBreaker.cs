using System.Diagnostics;
using Forum.Web.Infrastructure;
using Forum.Web.Telemetry;
using StackExchange.Redis;

namespace Forum.Web.Redis;

/// <summary>
/// Every call to Redis goes through here, so that Redis stays a helper and never holds a request up: each call may
/// take <see cref="RedisCallSettings.Timeout"/> at most, and after <see cref="RedisCallSettings.FailuresToOpen"/>
/// failures in a row Redis is not asked at all (the callers count or keep on this node) until either the client
/// reconnects by itself or, <see cref="RedisCallSettings.Pause"/> later, one call is let through to see whether it
/// answers again (the half-open probe; Redis that is up but too slow never reconnects, so only the probe notices).
/// </summary>
public sealed class RedisBreaker
{
    private readonly IConnectionMultiplexer _redis;
    private readonly RedisCallSettings _settings;
    private readonly ILogger<RedisBreaker> _logger;
    private int _failures;
    private int _open;
    private int _probing;

    // The pause is measured on the monotonic clock: it paces calls to Redis and nothing a person sees or is charged.
    private long _openedAt;

    public RedisBreaker(IConnectionMultiplexer redis, RedisCallSettings settings, ILogger<RedisBreaker> logger)
    {
        (_redis, _settings, _logger) = (redis, settings, logger);
        // The client knows first: a dropped connection opens the breaker before any request waits on it, and the
        // client's own reconnection (it keeps trying in the background) closes it.
        redis.ConnectionFailed += (_, failed) =>
        {
            if (failed.ConnectionType == ConnectionType.Interactive) Open(failed.Exception);
        };
        redis.ConnectionRestored += (_, restored) =>
        {
            if (restored.ConnectionType == ConnectionType.Interactive) Close();
        };
    }

    /// <summary>Redis is being left alone: the node counts budgets and keeps pages in its own memory.</summary>
    public bool IsOpen => Volatile.Read(ref _open) == 1;

    /// <summary>
    /// Redis is being left alone or can't be reached. The connection made at start may still be on its way without
    /// opening the breaker: calls meanwhile fail at once (nothing queues while disconnected) and open it if it never comes.
    /// </summary>
    public bool IsAway => IsOpen || !_redis.IsConnected;

    public IDatabase Database => _redis.GetDatabase();

    /// <summary>Runs <paramref name="call"/> within the timeout; false (and nothing waited for) when Redis is away.</summary>
    public async Task<(bool Answered, T Value)> TryAsync<T>(Func<IDatabase, Task<T>> call)
    {
        if (!MayCall()) return (false, default!);
        var (activity, startedAt) = (RedisTelemetry.Start(), Stopwatch.GetTimestamp());
        try
        {
            // The client checks its own timeouts only once a second; this bound is the one that holds.
            var value = await call(_redis.GetDatabase()).WaitAsync(_settings.Timeout);
            Succeeded();
            RedisTelemetry.Ended(activity, startedAt, answered: true);
            return (true, value);
        }
        catch (Exception e) when (IsRedisFailure(e))
        {
            Failed(e);
            RedisTelemetry.Ended(activity, startedAt, answered: false);
            return (false, default!);
        }
    }

    /// <summary>The synchronous form, for callers that can't await; the client's SyncTimeout is the same bound.</summary>
    public bool TryRun<T>(Func<IDatabase, T> call, out T value)
    {
        value = default!;
        if (!MayCall()) return false;
        var (activity, startedAt) = (RedisTelemetry.Start(), Stopwatch.GetTimestamp());
        try
        {
            value = call(_redis.GetDatabase());
            Succeeded();
            RedisTelemetry.Ended(activity, startedAt, answered: true);
            return true;
        }
        catch (Exception e) when (IsRedisFailure(e))
        {
            Failed(e);
            RedisTelemetry.Ended(activity, startedAt, answered: false);
            return false;
        }
    }

    // The page cache's Redis store lets some failures out wrapped (a cursor over tags).
    private static bool IsRedisFailure(Exception e) =>
        e is RedisException or TimeoutException or ObjectDisposedException || e is AggregateException { InnerExceptions: var inner } && inner.All(IsRedisFailure);

    private bool MayCall()
    {
        if (!IsOpen) return true;
        // Half open: one caller asks; the others keep to this node until it has an answer.
        if (Stopwatch.GetElapsedTime(Interlocked.Read(ref _openedAt)) >= _settings.Pause && Interlocked.CompareExchange(ref _probing, 1, 0) == 0) return true;
        RedisTelemetry.Skipped();
        return false;
    }

    private void Succeeded()
    {
        Interlocked.Exchange(ref _failures, 0);
        Close();
    }

    private void Failed(Exception cause)
    {
        _logger.RedisCallFailed(cause);
        var probe = Interlocked.Exchange(ref _probing, 0) == 1;
        if (probe || Interlocked.Increment(ref _failures) >= _settings.FailuresToOpen) Open(cause);
    }

    // The cause is the client's own exception: endpoints and counters, never a key's contents.
    private void Open(Exception? cause)
    {
        Interlocked.Exchange(ref _openedAt, Stopwatch.GetTimestamp());
        Interlocked.Exchange(ref _probing, 0);
        if (Interlocked.Exchange(ref _open, 1) == 0) _logger.RedisAway(cause);
    }

    private void Close()
    {
        Interlocked.Exchange(ref _failures, 0);
        Interlocked.Exchange(ref _probing, 0);
        if (Interlocked.Exchange(ref _open, 0) == 1) _logger.RedisBack();
    }
}
