namespace Forum.Web.Infrastructure;

/// <summary>
/// Light or dark, when the reader chose one instead of following their system's setting: a cookie holding "light" or
/// "dark", and the class the layout puts on &lt;html&gt; so the stylesheet's colour pairs pick that side. Following
/// the system is the default, so choosing it again deletes the cookie.
/// </summary>
public static class ColourScheme
{
    public const string CookieName = "forum_scheme";
    public const string Light = "light";
    public const string Dark = "dark";
    public const string System = "system";

    public static readonly IReadOnlyList<string> Choices = [System, Light, Dark];

    /// <summary>The reader's choice: light, dark, or system when they made none (or the cookie says something else).</summary>
    public static string Of(HttpRequest request) => request.Cookies[CookieName] switch
    {
        Light => Light,
        Dark => Dark,
        _ => System,
    };

    /// <summary>The class for &lt;html&gt;, or null (no attribute) when the system decides.</summary>
    public static string? ClassFor(HttpRequest request) => Of(request) is var chosen && chosen != System ? "scheme-" + chosen : null;

    public static bool IsChoice(string? value) => value is not null && Choices.Contains(value);

    public static void Set(HttpContext context, string choice) =>
        KeptCookie.Write(context, CookieName, choice is Light or Dark ? choice : null);
}
