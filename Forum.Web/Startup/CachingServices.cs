using Forum.Web.Caching;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;
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
    /// so a write on one node evicts what every node would serve; without it they live in the node's memory, up to
    /// PageCache:SizeLimitMegabytes.
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
        if (!RedisConnection.IsConfigured(configuration)) return;
        services.AddStackExchangeRedisOutputCache(_ => { });
        services.AddOptions<RedisOutputCacheOptions>().Configure<IConnectionMultiplexer>((redis, connection) =>
        {
            redis.ConnectionMultiplexerFactory = () => Task.FromResult(connection);
            redis.InstanceName = "forum:pages:";
        });
    }
}
