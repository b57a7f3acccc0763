using System.Net;
using System.Security.Cryptography;

namespace Forum.Web.AntiAbuse;

/// <summary>
/// Turns a client address into a rate-limit key: an HMAC under a random key that is never stored on disk and is
/// replaced every day. The address itself is never stored or logged, and yesterday's keys cannot be linked to
/// today's. One node keeps its key in memory; nodes that share budgets share the key through Redis
/// (<see cref="SharedAddressSecret"/>), and fall back to their own while Redis is away.
/// </summary>
public sealed class ClientAddressKey(TimeProvider clock, SharedAddressSecret? shared = null)
{
    private readonly Lock _gate = new();
    private byte[] _key = RandomNumberGenerator.GetBytes(32);
    private DateOnly _day = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async ValueTask<string> OfAsync(IPAddress? address)
    {
        var key = shared is null ? null : await shared.CurrentAsync();
        return Convert.ToBase64String(HMACSHA256.HashData(key ?? NodeKey(), address?.GetAddressBytes() ?? []));
    }

    private byte[] NodeKey()
    {
        lock (_gate)
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            if (today != _day)
            {
                _key = RandomNumberGenerator.GetBytes(32);
                _day = today;
            }
            return _key;
        }
    }
}
