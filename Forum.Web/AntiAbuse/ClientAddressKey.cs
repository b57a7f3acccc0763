using System.Net;
using System.Security.Cryptography;

namespace Forum.Web.AntiAbuse;

/// <summary>
/// Turns a client address into a rate-limit key: an HMAC under a random key that is never stored on disk and is
/// replaced every day. The address itself is never stored or logged, and yesterday's keys cannot be linked to
/// today's. One node keeps its key in memory; nodes that share budgets share the key through Redis
/// (<see cref="SharedAddressSecret"/>), and fall back to their own while Redis is away. An IPv6 address counts by
/// its /64 network: one home or phone is given a whole /64 and can pick a fresh address in it at will, so per
/// address would mean no limit at all.
/// </summary>
public sealed class ClientAddressKey(TimeProvider clock, SharedAddressSecret? shared = null)
{
    private readonly Lock _gate = new();
    private byte[] _key = RandomNumberGenerator.GetBytes(32);
    private DateOnly _day = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public string Of(IPAddress? address) =>
        Convert.ToBase64String(HMACSHA256.HashData(shared?.Current() ?? NodeKey(), Network(address)));

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

    /// <summary>The part of the address that one client cannot change at will.</summary>
    internal static byte[] Network(IPAddress? address)
    {
        if (address is null) return [];
        // Kestrel's dual-stack sockets report IPv4 clients as ::ffff:a.b.c.d.
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        var bytes = address.GetAddressBytes();
        return address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? bytes[..8] : bytes;
    }
}
