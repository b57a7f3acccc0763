using Forum.Web.Identity;
using Microsoft.AspNetCore.RateLimiting;

namespace Forum.Web.AntiAbuse;

/// <summary>
/// Decides, before the rate limiter runs, whose budget a limited request spends: the pseudonym's when the
/// browser holds a valid one (checked against the database, so a forged cookie can't mint fresh budgets), or
/// else the client address's HMAC. Only requests to rate-limited endpoints pay for the check.
/// </summary>
public sealed class RateLimitBudget(RequestDelegate next)
{
    private const string ItemKey = "forum-rate-limit-partition";

    public async Task InvokeAsync(HttpContext context, PseudonymSession session, ClientAddressKey addresses)
    {
        var policy = context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
        if (policy is not null)
        {
            var pseudonym = RateLimitPolicies.ByAddressOnly.Contains(policy) || !context.Request.Cookies.ContainsKey(PseudonymSession.CookieName)
                ? null
                : await session.CurrentAsync(context.RequestAborted);
            context.Items[ItemKey] = pseudonym is not null
                ? $"pseudonym:{pseudonym.Id:N}"
                : $"address:{addresses.Of(context.Connection.RemoteIpAddress)}";
        }
        await next(context);
    }

    public static string Of(HttpContext context) => context.Items[ItemKey] as string ?? "address:unknown";
}
