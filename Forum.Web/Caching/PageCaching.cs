using Microsoft.AspNetCore.OutputCaching;

namespace Forum.Web.Caching;

/// <summary>
/// Says who may keep a page, and empties the output cache after a write. A page for someone holding a forum cookie
/// (their name, their token, their unread count) is "private, no-store", so no proxy or shared browser keeps it; a
/// shared page may be kept briefly by anyone, varying by Cookie. Every write that succeeds evicts the kept pages
/// before its answer leaves, so the redirect that follows already finds the new state. Writes are few against reads,
/// and one tag for everything means no write can forget a page that shows it.
/// </summary>
internal sealed class PageCaching(RequestDelegate next, ILogger<PageCaching> logger)
{
    public Task InvokeAsync(HttpContext context, IOutputCacheStore store)
    {
        var request = context.Request;
        var reading = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        context.Response.OnStarting(async () =>
        {
            if (!reading && context.Response.StatusCode < 400) await EvictAsync(store);
            SetHeaders(context);
        });
        return next(context);
    }

    private static void SetHeaders(HttpContext context)
    {
        // Static files and health checks have no MVC endpoint; their headers are their own.
        var endpoint = context.GetEndpoint();
        if (endpoint is null) return;
        var response = context.Response;
        if (DraftsOnDevice.PreviewCacheControl(context) is { } preview)
        {
            // A preview, kept by this browser alone so that Back returns to it (see DraftsOnDevice).
            response.Headers.CacheControl = preview;
            response.Headers.Pragma = default;
        }
        else if (SharedPages.HoldsForumCookie(context.Request) || response.Headers.SetCookie.Count > 0)
        {
            response.Headers.CacheControl = "private, no-store";
        }
        else if (response.StatusCode == StatusCodes.Status200OK && SharedPages.IsShared(context.Request)
                 && endpoint.Metadata.GetMetadata<OutputCacheAttribute>()?.PolicyName == SharedPages.Policy)
        {
            response.Headers.CacheControl = $"public, max-age={SharedPages.PublicMaxAgeSeconds}";
            // The language comes from the cookie or, without one, from the browser's languages.
            response.Headers.Vary = "Cookie, Accept-Language";
        }
    }

    private async Task EvictAsync(IOutputCacheStore store)
    {
        try
        {
            await store.EvictByTagAsync(SharedPages.Tag, CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The write is done; a kept page then lives out its short lifetime instead.
            logger.EvictionFailed(e, SharedPages.Lifetime.TotalSeconds);
        }
    }
}
