using Forum.Web.Caching;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;
using StackExchange.Redis;

namespace Forum.Web.Startup;

internal static class CachingServices
{
    /// <summary>
    /// The output cache for <see cref="SharedPages"/>. With Redis configured the kept pages and their tags live there,
    /// so a write on one node evicts what every node would serve.
    /// </summary>
    public static void AddForumPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ReplayedWrites>();
        services.AddOutputCache(cache =>
        {
            cache.AddPolicy(SharedPages.Policy, new SharedPagePolicy(configuration.GetValue("PageCache:Enabled", true)));
            cache.DefaultExpirationTimeSpan = SharedPages.Lifetime;
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
