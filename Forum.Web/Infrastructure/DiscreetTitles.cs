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

    public static void Set(HttpContext context, bool on) => KeptCookie.Write(context, CookieName, on ? "1" : null);
}
