using System.Net;
using System.Security.Cryptography;

namespace Forum.Web.AntiAbuse;

/// <summary>
/// Turns a client address into a rate-limit key: an HMAC under a random key that lives only in this process's
/// memory and is replaced every UTC day. The address itself is never stored or logged, and yesterday's keys
/// cannot be linked to today's. An IPv6 address counts by its /64 network: one home or phone is given a whole
/// /64 and can pick a fresh address in it at will, so per address would mean no limit at all.
/// </summary>
public sealed class ClientAddressKey(TimeProvider clock)
{
    private readonly Lock _gate = new();
    private byte[] _key = RandomNumberGenerator.GetBytes(32);
    private DateOnly _day = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public string Of(IPAddress? address)
    {
        var bytes = Network(address);
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
