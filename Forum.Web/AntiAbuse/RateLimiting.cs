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
        // The same section again, for its start-up check (SettingsCheck): the limiter below is built from the values above.
        services.AddOptions<RateLimitSettings>().Bind(configuration.GetSection(RateLimitSettings.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RateLimitSettings>, RateLimitValidation>();
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
            RateLimitPartition<string> Partition(HttpContext context, string policy, string budget, int permitLimit, TimeSpan window)
            {
                var options = new FixedWindowRateLimiterOptions { PermitLimit = permitLimit, Window = window, QueueLimit = 0 };
                return shared
                    ? RateLimitPartition.Get(budget, _ => new SharedFixedWindowLimiter(
                        context.RequestServices.GetRequiredService<RedisBreaker>(), $"forum:budget:{policy}:{budget}",
                        options.Window, options.PermitLimit, new FixedWindowRateLimiter(options)))
                    : RateLimitPartition.GetFixedWindowLimiter(budget, _ => options);
            }

            foreach (var policy in RateLimitPolicies.Endpoints)
            {
                var window = settings.For(policy);
                limiter.AddPolicy(policy, context => !settings.Enabled ? RateLimitPartition.GetNoLimiter("off")
                    : Partition(context, policy, RateLimitBudget.Of(context), window.PermitLimit, window.Window));
            }

            // Reports are charged to the address too, whoever the name: fresh names from one connection bring no fresh
            // budget. The framework applies one policy per endpoint, so the address's share is the global limiter's job.
            var reports = settings.Reports;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                !settings.Enabled || context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName != RateLimitPolicies.Reports
                    ? RateLimitPartition.GetNoLimiter("")
                    : Partition(context, $"{RateLimitPolicies.Reports}ByAddress",
                        $"address:{context.RequestServices.GetRequiredService<ClientAddressKey>().Of(context.Connection.RemoteIpAddress)}",
                        reports.PerAddress, reports.Window));
        });
    }
}
