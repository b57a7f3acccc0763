using System.Globalization;
using System.Threading.RateLimiting;

namespace Forum.Web.AntiAbuse;

internal static class RateLimiting
{
    /// <summary>HttpContext.Items key: seconds until the limit that refused this request lets it through again.</summary>
    public const string RetryAfterKey = "forum-retry-after";

    public static void AddForumRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(RateLimitSettings.Section).Get<RateLimitSettings>() ?? new RateLimitSettings();
        services.AddSingleton(settings);
        services.AddSingleton<ClientAddressKey>();
        services.AddSingleton<FixedWindowBudgets>();
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
                limiter.AddPolicy(policy, context => !settings.Enabled
                    ? RateLimitPartition.GetNoLimiter("off")
                    : RateLimitPartition.GetFixedWindowLimiter(RateLimitBudget.Of(context), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = window.PermitLimit,
                        Window = TimeSpan.FromSeconds(window.WindowSeconds),
                        QueueLimit = 0,
                    }));
            }
        });
    }
}
