using System.Net;
using System.Security.Cryptography;

namespace Forum.Web.AntiAbuse;

/// <summary>
/// Turns a client address into a rate-limit key: an HMAC under a random key that lives only in this process's
/// memory and is replaced every UTC day. The address itself is never stored or logged, and yesterday's keys
/// cannot be linked to today's.
/// </summary>
public sealed class ClientAddressKey(TimeProvider clock)
{
    private readonly Lock _gate = new();
    private byte[] _key = RandomNumberGenerator.GetBytes(32);
    private DateOnly _day = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public string Of(IPAddress? address)
    {
        var bytes = address?.GetAddressBytes() ?? [];
        lock (_gate)
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            if (today != _day)
            {
                _key = RandomNumberGenerator.GetBytes(32);
                _day = today;
            }
            return Convert.ToBase64String(HMACSHA256.HashData(_key, bytes));
        }
    }
}
