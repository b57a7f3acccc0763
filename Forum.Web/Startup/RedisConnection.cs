using StackExchange.Redis;

namespace Forum.Web.Startup;

/// <summary>
/// Redis (the "Redis" setting, a StackExchange.Redis connection string such as 127.0.0.1:6379) is what nodes share:
/// rate-limit budgets, the key that turns addresses into budget names, and the page cache with its evictions.
/// Without the setting the node keeps all three in memory, which is right for one node and wrong for two.
/// </summary>
internal static class RedisConnection
{
    public const string Setting = "Redis";

    public static bool IsConfigured(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration[Setting]);

    /// <summary>Connects once, at start: a node that can't reach the Redis it was given refuses to start.</summary>
    public static IConnectionMultiplexer Connect(IConfiguration configuration)
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
        // Only the first connection must succeed; after that the client reconnects by itself.
        options.AbortOnConnectFail = true;
        options.ConnectTimeout = 5000;
        options.ClientName = "forum";
        try
        {
            return ConnectionMultiplexer.Connect(options);
        }
        catch (RedisConnectionException)
        {
            // The endpoints only: the connection string may hold a password.
            throw new StartupRefusal($"{Setting} is set to {string.Join(", ", options.EndPoints)}, but Redis does not answer there: start it, or remove the setting to run a single node.");
        }
    }
}
