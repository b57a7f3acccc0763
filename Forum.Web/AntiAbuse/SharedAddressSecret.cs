using System.Security.Cryptography;
using Forum.Web.Redis;
using StackExchange.Redis;

namespace Forum.Web.AntiAbuse;

/// <summary>
/// The key under which every node turns a client address into a budget name, when nodes share budgets in Redis.
/// Two nodes with keys of their own would give one visitor two budgets, so the key lives in Redis, made by whichever
/// node needs it first (SET NX) and expiring after a day: rotation is the key expiring, and the next node to ask makes
/// a new one. It is never written to PostgreSQL: a backup would keep it, and with it anyone could try every address
/// against the budget names of that day. Redis keeps it in memory only (the cluster runs it without persistence).
/// </summary>
public sealed class SharedAddressSecret(RedisBreaker redis, TimeProvider clock)
{
    public const string RedisKey = "forum:address-key";
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    /// <summary>How long a node trusts its copy before asking again, so a key that expired early is noticed soon.</summary>
    private static readonly TimeSpan LocalCopy = TimeSpan.FromMinutes(1);

    private Held? _held;
    private int _asking;

    /// <returns>The shared key, or null when Redis has not given one that is still good (the node's own key serves meanwhile).</returns>
    /// <remarks>
    /// Synchronous, as the budgets that call it are: Redis is asked at most once a minute per node, the rest of the
    /// time the node's copy answers. While Redis is away the copy serves until the key would have expired, so the
    /// budgets keep their names, and with them what was spent, through the outage.
    /// </remarks>
    public byte[]? Current()
    {
        var now = clock.GetUtcNow();
        var held = _held;
        if (held is not null && now < held.AskAgain) return held.Key;
        // One request asks; the others, which would each hold a thread, go on with a copy that is still good.
        var asking = Interlocked.Exchange(ref _asking, 1) == 0;
        if (!asking && held is not null && now < held.Expires) return held.Key;
        try
        {
            return Ask(held, now);
        }
        finally
        {
            if (asking) Volatile.Write(ref _asking, 0);
        }
    }

    private byte[]? Ask(Held? held, DateTimeOffset now)
    {
        var answered = redis.TryRun(database =>
        {
            // A Redis restarted empty is given back the key the nodes were using, so budgets keep their names.
            var offer = held is not null && now < held.Expires ? (held.Key, held.Expires - now) : (RandomNumberGenerator.GetBytes(32), Lifetime);
            database.StringSet(RedisKey, offer.Item1, offer.Item2, When.NotExists);
            return database.StringGetWithExpiry(RedisKey);
        }, out var stored);
        if (!answered) return held is not null && now < held.Expires ? held.Key : null;
        // Expired between the two calls: the next request makes the new one.
        if (stored.Value.IsNull) return null;
        var left = stored.Expiry ?? Lifetime;
        _held = new Held((byte[])stored.Value!, now + (left < LocalCopy ? left : LocalCopy), now + left);
        return _held.Key;
    }

    private sealed record Held(byte[] Key, DateTimeOffset AskAgain, DateTimeOffset Expires);
}
