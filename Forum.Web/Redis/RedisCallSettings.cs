using Forum.Web.Startup;

namespace Forum.Web.Redis;

/// <summary>
/// How long a request may wait on Redis, and how the node stops asking while it is away (RedisCalls:…, read and
/// checked at start). Redis answers on a private network in well under a millisecond; 50 ms is a sick Redis, and a
/// page must not wait longer than that for a helper.
/// </summary>
public sealed record RedisCallSettings(TimeSpan Timeout, int FailuresToOpen, TimeSpan Pause)
{
    public const string Section = "RedisCalls";

    public static RedisCallSettings From(IConfiguration configuration) => new(
        TimeSpan.FromMilliseconds(WholeNumberSetting.Read(configuration, $"{Section}:TimeoutMilliseconds", 50, atLeast: 1)),
        WholeNumberSetting.Read(configuration, $"{Section}:FailuresToOpen", 3, atLeast: 1),
        TimeSpan.FromSeconds(WholeNumberSetting.Read(configuration, $"{Section}:PauseSeconds", 5, atLeast: 1)));
}
