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
                : await CurrentIfReachableAsync(session, context.RequestAborted);
            context.Items[ItemKey] = pseudonym is not null
                ? $"pseudonym:{pseudonym.Id:N}"
                : $"address:{addresses.Of(context.Connection.RemoteIpAddress)}";
        }
        await next(context);
    }

    /// <summary>
    /// With the database away the address pays instead, so that the request reaches the page that can still help
    /// (the crisis pause) or says plainly to try again.
    /// </summary>
    private static async Task<Forum.Domain.Pseudonyms.Pseudonym?> CurrentIfReachableAsync(PseudonymSession session, CancellationToken cancellationToken)
    {
        try
        {
            return await session.CurrentAsync(cancellationToken);
        }
        catch (Exception e) when (Infrastructure.DatabaseUnavailable.IsUnavailable(e))
        {
            return null;
        }
    }

    public static string Of(HttpContext context) => context.Items[ItemKey] as string ?? "address:unknown";
}
