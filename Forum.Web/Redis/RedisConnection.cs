using Forum.Web.Startup;
using StackExchange.Redis;

namespace Forum.Web.Redis;

/// <summary>
/// Redis (the "Redis" setting, a StackExchange.Redis connection string such as 127.0.0.1:6379) is what nodes share:
/// rate-limit budgets, the key that turns addresses into budget names, and the page cache with its evictions.
/// Without the setting the node keeps all three in memory, which is right for one node and wrong for two.
/// It is a helper, never a dependency: a node starts, serves and limits without it, each call to it goes through
/// <see cref="RedisBreaker"/>, and /healthz says "degraded" while it is away.
/// </summary>
internal static class RedisConnection
{
    public const string Setting = "Redis";

    public static bool IsConfigured(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration[Setting]);

    /// <summary>The Redis services: the connection (made once, at start) and the breaker every call goes through.</summary>
    public static void AddForumRedis(this IServiceCollection services, IConfiguration configuration)
    {
        var options = Options(configuration);
        var calls = RedisCallSettings.From(configuration);
        options.SyncTimeout = options.AsyncTimeout = (int)calls.Timeout.TotalMilliseconds;
        services.AddSingleton(calls);
        services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options));
        services.AddSingleton<RedisBreaker>();
        services.AddHealthChecks().AddCheck<RedisHealthCheck>(RedisHealthCheck.Name);
    }

    private static ConfigurationOptions Options(IConfiguration configuration)
    {
        ConfigurationOptions options;
        try
        {
            options = ConfigurationOptions.Parse(configuration[Setting]!);
        }
        catch (ArgumentException)
        {
            throw new StartupRefusal($"{Setting} is set, but not to a Redis address such as 127.0.0.1:6379.");
        }
        // A node whose Redis is away starts all the same, degraded, and the client keeps reconnecting in the
        // background: a Redis outage must not keep restarted nodes down.
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 1000;
        // While disconnected a call fails at once instead of queueing for a connection that may be minutes away.
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ClientName = "forum";
        return options;
    }
}
