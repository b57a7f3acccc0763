using Forum.Data.Replication;
using Npgsql;
using NpgsqlTypes;

namespace Forum.Web.Infrastructure;

/// <summary>
/// Read-your-writes when pages are read from a standby. A request that may write reads from the primary, and its
/// answer leaves the cookie forum_fresh holding the primary's WAL position after it: a number every visitor at that
/// moment would be given, linked to no one. While the cookie is there, each page asks the standby whether it has
/// replayed that far; if not, the page is read from the primary, and once it has, the cookie is deleted. So a writer
/// sees their post on the next page whatever the standby's lag, and everyone else reads from the standby. For
/// everyone else the same position tells when to evict the kept pages once more (<see cref="Caching.ReplayedWrites"/>).
/// Without a standby the middleware does nothing and no cookie is set.
/// </summary>
internal sealed class ReadYourWrites(RequestDelegate next, ReadReplica replica, Caching.ReplayedWrites replayed, ILogger<ReadYourWrites> logger)
{
    public const string CookieName = "forum_fresh";

    /// <summary>Far longer than a healthy standby lags; a standby further behind than this shows in /healthz.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    public async Task InvokeAsync(HttpContext context, ReadRoute route)
    {
        if (!replica.IsConfigured)
        {
            await next(context);
            return;
        }

        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            await RouteReadAsync(context, route);
        else
        {
            route.UsePrimary();
            context.Response.OnStarting(() => RememberPositionAsync(context));
        }
        await next(context);
    }

    private async Task RouteReadAsync(HttpContext context, ReadRoute route)
    {
        if (context.Request.Cookies[CookieName] is not { } text) return;
        if (!NpgsqlLogSequenceNumber.TryParse(text, out var position))
        {
            Forget(context);
            return;
        }
        try
        {
            if (await replica.HasReplayedAsync(position, context.RequestAborted))
                Forget(context);
            else
                route.UsePrimary();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            // The standby did not answer the question: the primary answers the page, as it would with no standby.
            logger.StandbyPositionUnknown();
            route.UsePrimary();
        }
    }

    private async Task RememberPositionAsync(HttpContext context)
    {
        if (context.Response.StatusCode >= StatusCodes.Status500InternalServerError) return;
        try
        {
            var position = await replica.PrimaryPositionAsync(context.RequestAborted);
            if (context.Response.StatusCode < StatusCodes.Status400BadRequest) replayed.EvictWhenReplayed(position);
            KeptCookie.Write(context, CookieName, position.ToString(), Lifetime);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            // The write's own answer stands; at worst the next page comes from a standby that is a moment behind.
            logger.PrimaryPositionUnknown();
        }
    }

    private static void Forget(HttpContext context) => context.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/" });
}
