namespace Forum.Web.Infrastructure;

/// <summary>
/// How the forum keeps a cookie the browser should remember: out of scripts' reach, sent with ordinary links
/// only, Secure under HTTPS, and for the roughly 400 days browsers allow at most. Writing an empty value
/// deletes it, so a choice that goes back to the default leaves nothing behind.
/// </summary>
public static class KeptCookie
{
    private static readonly TimeSpan Longest = TimeSpan.FromDays(400);

    /// <param name="lifetime">How long the browser keeps it; the longest browsers allow when not given.</param>
    public static void Write(HttpContext context, string name, string? value, TimeSpan? lifetime = null)
    {
        if (string.IsNullOrEmpty(value))
        {
            context.Response.Cookies.Delete(name, new CookieOptions { Path = "/" });
            return;
        }
        context.Response.Cookies.Append(name, value, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            IsEssential = true,
            MaxAge = lifetime ?? Longest,
            Path = "/",
        });
    }
}
