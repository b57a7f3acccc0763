using System.Text.RegularExpressions;

namespace Forum.Web.OnThePhone;

/// <summary>
/// The name a reader gives the app on their own phone (issue 31 item 4), kept in a cookie on that device only, never
/// on the server and never tied to a name. The manifest uses it instead of the operator's (<see cref="AppOptions"/>),
/// so the icon says whatever the reader wants anyone picking up the phone to read.
/// </summary>
public static partial class ChosenAppName
{
    public const string CookieName = "forum_app_name";
    public const int MaxLength = 30;

    public const string Refused = "Give the app a name of 1 to 30 letters, digits or spaces.";

    /// <summary>The reader's choice, or null when they made none (or the cookie says something no name could).</summary>
    public static string? Of(HttpRequest request) =>
        request.Cookies[CookieName] is { } kept && IsFit(kept) ? kept : null;

    /// <summary>Empty forgets the choice, and the operator's name comes back.</summary>
    /// <returns>False, and nothing kept, when the name isn't one an icon can carry.</returns>
    public static bool TryKeep(HttpContext context, string? name)
    {
        name = name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            KeptCookie.Write(context, CookieName, null);
            return true;
        }
        if (!IsFit(name)) return false;
        KeptCookie.Write(context, CookieName, name);
        return true;
    }

    private static bool IsFit(string name) => name.Length <= MaxLength && Fit().IsMatch(name);

    [GeneratedRegex(@"^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N} .'-]*$")]
    private static partial Regex Fit();
}
