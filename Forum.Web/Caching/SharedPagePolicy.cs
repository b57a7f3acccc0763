using Microsoft.AspNetCore.OutputCaching;

namespace Forum.Web.Caching;

/// <summary>
/// The output cache's rule for <see cref="SharedPages"/>: looked up and stored only for a GET or HEAD from a reader
/// without a forum cookie, with no query but the page's cursor, and only a 200 that sets no cookie.
/// PageCache:Enabled=false keeps nothing (tests that change the database behind the app's back).
/// </summary>
internal sealed class SharedPagePolicy(bool enabled) : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var cacheable = enabled && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                        && SharedPages.IsShared(request)
                        && request.Query.Keys.All(SharedPages.QueryKeys.Contains);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = SharedPages.Lifetime;
        context.CacheVaryByRules.QueryKeys = SharedPages.QueryKeys.ToArray();
        context.CacheVaryByRules.VaryByValues["culture"] = SharedPages.Culture;
        context.Tags.Add(SharedPages.Tag);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        Meters(context).KeptPageHit();
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        // Looked up and not found: made afresh.
        if (context.AllowCacheLookup) Meters(context).KeptPageMissed();
        var response = context.HttpContext.Response;
        // A page that gave this reader a cookie (a token, a name) was made for them alone.
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }

    private static Telemetry.ForumMeters Meters(OutputCacheContext context) => context.HttpContext.RequestServices.GetRequiredService<Telemetry.ForumMeters>();
}
