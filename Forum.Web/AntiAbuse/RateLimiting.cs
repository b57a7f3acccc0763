using System.Globalization;
using System.Threading.RateLimiting;
using Forum.Web.Redis;

namespace Forum.Web.AntiAbuse;

/// <summary>
/// The endpoint limits (reports, recovery keys, moderator sign-in), fixed windows per budget (<see cref="RateLimitBudget"/>):
/// in this node's memory, or with Redis configured, in Redis, so that a visitor spreading requests over every node
/// still has one budget. The posting budgets (<see cref="PostingBudget"/>) are registered here too.
/// </summary>
internal static class RateLimiting
{
    /// <summary>HttpContext.Items key: seconds until the limit that refused this request lets it through again.</summary>
    public const string RetryAfterKey = "forum-retry-after";

    public static void AddForumRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(RateLimitSettings.Section).Get<RateLimitSettings>() ?? new RateLimitSettings();
        services.AddSingleton(settings);
        var shared = RedisConnection.IsConfigured(configuration);
        if (shared)
        {
            services.AddSingleton<SharedAddressSecret>();
            services.AddSingleton(provider => new ClientAddressKey(provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<SharedAddressSecret>()));
        }
        else
        {
            services.AddSingleton(provider => new ClientAddressKey(provider.GetRequiredService<TimeProvider>()));
        }
        services.AddSingleton<FixedWindowBudgets>();
        if (shared) services.AddSingleton<IPostingBudgets, SharedFixedWindowBudgets>();
        else services.AddSingleton<IPostingBudgets>(provider => provider.GetRequiredService<FixedWindowBudgets>());
        services.AddScoped<PostingBudget>();
        services.AddRateLimiter(limiter =>
        {
            // The limiter's own default is 503, which would tell people the site is down.
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (rejected, _) =>
            {
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? WaitText.Seconds(retryAfter) : 60;
                rejected.HttpContext.Items[RetryAfterKey] = seconds;
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            foreach (var policy in RateLimitPolicies.Endpoints)
            {
                var window = settings.For(policy);
                var options = new FixedWindowRateLimiterOptions
                {
                    PermitLimit = window.PermitLimit,
                    Window = TimeSpan.FromSeconds(window.WindowSeconds),
                    QueueLimit = 0,
                };
                limiter.AddPolicy(policy, context => !settings.Enabled ? RateLimitPartition.GetNoLimiter("off")
                    : shared ? RateLimitPartition.Get(RateLimitBudget.Of(context), budget => new SharedFixedWindowLimiter(
                        context.RequestServices.GetRequiredService<RedisBreaker>(), $"forum:budget:{policy}:{budget}",
                        options.Window, options.PermitLimit, new FixedWindowRateLimiter(options)))
                    : RateLimitPartition.GetFixedWindowLimiter(RateLimitBudget.Of(context), _ => options));
            }
        });
    }
}
