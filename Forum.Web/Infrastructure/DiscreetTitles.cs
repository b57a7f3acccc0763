namespace Forum.Web.Infrastructure;

/// <summary>
/// The "neutral tab titles" choice: a cookie that makes every page's title a plain word, so a glance at the tab
/// bar or the history list doesn't say what this site is. It holds no more than "1".
/// </summary>
public static class DiscreetTitles
{
    public const string CookieName = "forum_discreet";
    public const string NeutralTitle = "Notes";

    public static bool IsOn(HttpRequest request) => request.Cookies[CookieName] == "1";

    public static void Set(HttpResponse response, bool on, bool secure)
    {
        if (!on)
        {
            response.Cookies.Delete(CookieName, new CookieOptions { Path = "/" });
            return;
        }
        response.Cookies.Append(CookieName, "1", new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = secure,
            IsEssential = true,
            MaxAge = TimeSpan.FromDays(400),
            Path = "/",
        });
    }
}
