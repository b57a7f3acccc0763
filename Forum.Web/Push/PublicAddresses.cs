using System.Net;
using System.Net.Sockets;

namespace Forum.Web.Push;

/// <summary>Connects to a push service only at an address on the public internet, never this machine or its network.</summary>
internal static class PublicAddresses
{
    public static async ValueTask<Stream> ConnectAsync(DnsEndPoint endpoint, bool localAllowed, CancellationToken cancellationToken)
    {
        var addresses = (await Dns.GetHostAddressesAsync(endpoint.Host, cancellationToken)).Where(a => localAllowed || IsPublic(a)).ToArray();
        if (addresses.Length == 0) throw new HttpRequestException(HttpRequestError.ConnectionError);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endpoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)) return false;
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
            return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast);
        var b = address.GetAddressBytes();
        return !(b[0] == 0 || b[0] == 10 || b[0] >= 224 || (b[0] == 100 && b[1] >= 64 && b[1] < 128) || (b[0] == 169 && b[1] == 254)
                 || (b[0] == 172 && b[1] >= 16 && b[1] < 32) || (b[0] == 192 && b[1] == 168));
    }
}
