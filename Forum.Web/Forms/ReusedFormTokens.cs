using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Net.Http.Headers;

namespace Forum.Web.Forms;

/// <summary>
/// A browser's form token, made once per form cookie and then reused. ASP.NET Core's antiforgery unprotects the
/// cookie and protects a fresh request token on every page that shows a form, each a key derivation of its own: about
/// 7 % of a named reader's thread page (issue 32). A request token is no more one-time than its cookie, and whoever
/// holds the cookie can have one made for it by asking for any page, so the first one made for a cookie is as good as
/// a new one: it is kept, keyed by the cookie's value, for a while. A signed-in moderator's tokens also carry who
/// they are, so theirs are made each time, as is a new cookie's first; a submitted form is checked as before.
/// </summary>
internal sealed class ReusedFormTokens(IAntiforgery made, IOptions<AntiforgeryOptions> options) : IAntiforgery, IDisposable
{
    private const int Kept = 20_000;
    private static readonly MemoryCacheEntryOptions Entry = new() { Size = 1, AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(1) };
    private readonly MemoryCache _tokens = new(new MemoryCacheOptions { SizeLimit = Kept });

    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext)
    {
        var cookie = Reusable(httpContext);
        if (cookie is not null && _tokens.TryGetValue(cookie, out string? kept))
        {
            // What the default does on every call: a page carrying a token is never kept by a cache.
            if (!httpContext.Response.HasStarted)
            {
                httpContext.Response.Headers[HeaderNames.CacheControl] = "no-cache, no-store";
                httpContext.Response.Headers[HeaderNames.Pragma] = "no-cache";
            }
            return new AntiforgeryTokenSet(kept, null, options.Value.FormFieldName, options.Value.HeaderName);
        }
        var tokens = made.GetAndStoreTokens(httpContext);
        // No new cookie token: the browser's cookie was good, and the request token belongs to it.
        if (cookie is not null && tokens.CookieToken is null && tokens.RequestToken is not null) _tokens.Set(cookie, tokens.RequestToken, Entry);
        return tokens;
    }

    private string? Reusable(HttpContext httpContext) =>
        httpContext.User.Identity?.IsAuthenticated == true ? null : httpContext.Request.Cookies[options.Value.Cookie.Name!];

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) => made.GetTokens(httpContext);

    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => made.IsRequestValidAsync(httpContext);

    public Task ValidateRequestAsync(HttpContext httpContext) => made.ValidateRequestAsync(httpContext);

    public void SetCookieTokenAndHeader(HttpContext httpContext) => made.SetCookieTokenAndHeader(httpContext);

    public void Dispose() => _tokens.Dispose();
}

internal static class ReusedFormTokensServices
{
    /// <summary>Wraps the antiforgery that AddAntiforgery registered (call after it).</summary>
    public static IServiceCollection ReuseFormTokens(this IServiceCollection services)
    {
        var registered = services.Last(s => s.ServiceType == typeof(IAntiforgery));
        var type = registered.ImplementationType ?? throw new InvalidOperationException("Antiforgery is registered by type.");
        services.RemoveAll<IAntiforgery>();
        services.AddSingleton<IAntiforgery>(provider => new ReusedFormTokens(
            (IAntiforgery)ActivatorUtilities.CreateInstance(provider, type), provider.GetRequiredService<IOptions<AntiforgeryOptions>>()));
        return services;
    }
}
