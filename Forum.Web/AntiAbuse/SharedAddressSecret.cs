using System.Security.Cryptography;
using StackExchange.Redis;

namespace Forum.Web.AntiAbuse;

/// <summary>
/// The key under which every node turns a client address into a budget name, when nodes share budgets in Redis.
/// Two nodes with keys of their own would give one visitor two budgets, so the key lives in Redis, made by whichever
/// node needs it first (SET NX) and expiring after a day: rotation is the key expiring, and the next node to ask makes
/// a new one. It is never written to PostgreSQL: a backup would keep it, and with it anyone could try every address
/// against the budget names of that day. Redis keeps it in memory only (the cluster runs it without persistence).
/// </summary>
public sealed class SharedAddressSecret(IConnectionMultiplexer redis, TimeProvider clock, ILogger<SharedAddressSecret> logger)
{
    public const string RedisKey = "forum:address-key";
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    /// <summary>How long a node trusts its copy before asking again, so a key that expired early is noticed soon.</summary>
    private static readonly TimeSpan LocalCopy = TimeSpan.FromMinutes(1);

    private Held? _held;

    /// <returns>The shared key, or null when Redis can't be reached (the node's own key serves meanwhile).</returns>
    /// <remarks>
    /// Synchronous, as the budgets that call it are: Redis is asked at most once a minute per node, the rest of the
    /// time the node's copy answers.
    /// </remarks>
    public byte[]? Current()
    {
        var now = clock.GetUtcNow();
        if (_held is { } held && now < held.Until) return held.Key;
        try
        {
            var database = redis.GetDatabase();
            database.StringSet(RedisKey, RandomNumberGenerator.GetBytes(32), Lifetime, When.NotExists);
            var stored = database.StringGetWithExpiry(RedisKey);
            // Expired between the two calls: the next request makes the new one.
            if (stored.Value.IsNull) return null;
            var copyFor = stored.Expiry is { } left && left < LocalCopy ? left : LocalCopy;
            _held = new Held((byte[])stored.Value!, now + copyFor);
            return _held.Key;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.AddressKeyInOwnMemory();
            return null;
        }
    }

    private sealed record Held(byte[] Key, DateTimeOffset Until);
}
