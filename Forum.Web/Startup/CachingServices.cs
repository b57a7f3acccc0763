using Forum.Web.Caching;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace Forum.Web.Startup;

internal static class CachingServices
{
    public const string SizeSetting = "PageCache:SizeLimitMegabytes";

    /// <summary>
    /// A story's page is ~40 KB, so 32 MB keeps the last minute's ~800 most-read pages. ASP.NET Core's default, 100 MB,
    /// would let a crawler reading every story on a quiet night grow a node by that much.
    /// </summary>
    public const int DefaultSizeLimitMegabytes = 32;

    /// <summary>
    /// The output cache for <see cref="SharedPages"/>. With Redis configured the kept pages and their tags live there,
    /// so a write on one node evicts what every node would serve; without it, and while Redis is away, they live in
    /// the node's memory, up to PageCache:SizeLimitMegabytes.
    /// </summary>
    public static void AddForumPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        var megabytes = WholeNumberSetting.Read(configuration, SizeSetting, DefaultSizeLimitMegabytes, atLeast: 1);
        services.AddSingleton<ReplayedWrites>();
        services.AddOutputCache(cache =>
        {
            cache.AddPolicy(SharedPages.Policy, new SharedPagePolicy(configuration.GetValue("PageCache:Enabled", true)));
            cache.DefaultExpirationTimeSpan = SharedPages.Lifetime;
            cache.SizeLimit = megabytes * 1024L * 1024;
        });
        if (!Redis.RedisConnection.IsConfigured(configuration)) return;
        // The node's own store (the framework's default, registered above) is kept to serve while Redis is away.
        var local = services.Last(service => service.ServiceType == typeof(IOutputCacheStore));
        services.AddStackExchangeRedisOutputCache(_ => { });
        var shared = services.Last(service => service.ServiceType == typeof(IOutputCacheStore));
        services.RemoveAll<IOutputCacheStore>();
        services.AddSingleton<IOutputCacheStore>(provider => new Redis.KeptPagesWhileRedisIsAway(
            Make(provider, shared), Make(provider, local), provider.GetRequiredService<Redis.RedisBreaker>()));
        services.AddOptions<RedisOutputCacheOptions>().Configure<IConnectionMultiplexer>((redis, connection) =>
        {
            redis.ConnectionMultiplexerFactory = () => Task.FromResult(connection);
            redis.InstanceName = "forum:pages:";
        });
    }

    private static IOutputCacheStore Make(IServiceProvider provider, ServiceDescriptor service) =>
        (IOutputCacheStore)(service.ImplementationInstance ?? service.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, service.ImplementationType!));
}
