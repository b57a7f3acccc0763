using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace Forum.Web.Startup;

/// <summary>
/// Behind a TLS-terminating proxy: the client's address and the original scheme come from X-Forwarded-For and
/// X-Forwarded-Proto, but only when the connection comes from loopback (ASP.NET Core's default) or from a proxy
/// named in ForwardedHeaders:KnownProxies (addresses) or ForwardedHeaders:KnownNetworks (CIDR ranges). Anyone else
/// sending those headers is ignored, so a visitor cannot claim https or another address.
/// </summary>
internal static class ProxyServices
{
    public static readonly TimeSpan HstsMaxAge = TimeSpan.FromDays(365);

    public static void AddForumProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = Parse(configuration, "ForwardedHeaders:KnownProxies", (string text, out IPAddress address) => IPAddress.TryParse(text, out address!));
        var networks = Parse(configuration, "ForwardedHeaders:KnownNetworks", (string text, out IPNetwork network) => IPNetwork.TryParse(text, out network));
        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            // Not the host: absolute links come from Site:BaseUrl, never from a header.
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies) forwarded.KnownProxies.Add(proxy);
            foreach (var network in networks) forwarded.KnownIPNetworks.Add(network);
        });
        // Sent only on https requests (the original scheme, once forwarded headers are applied).
        services.AddHsts(hsts => hsts.MaxAge = HstsMaxAge);
    }

    private delegate bool TryParse<T>(string text, out T value);

    private static List<T> Parse<T>(IConfiguration configuration, string section, TryParse<T> tryParse)
    {
        var parsed = new List<T>();
        foreach (var entry in configuration.GetSection(section).GetChildren())
        {
            if (!tryParse(entry.Value ?? "", out var value))
                throw new StartupRefusal($"{section}:{entry.Key} is \"{entry.Value}\", which is not an address{(typeof(T) == typeof(IPNetwork) ? " range such as 10.0.0.0/8" : "")}.");
            parsed.Add(value);
        }
        return parsed;
    }
}
