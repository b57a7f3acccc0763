using System.Globalization;

namespace Forum.Web.Infrastructure;

/// <summary>
/// The languages the interface is written in. Adding one is a resource file (Resources/SharedText.xx.resx) and a
/// line here (docs/LANGUAGES.md). The reader's choice is kept in their browser only, never with a name.
/// </summary>
public static class Languages
{
    /// <summary>The languages in the footer's choice, in this order, each named in itself.</summary>
    public static readonly IReadOnlyList<Language> Supported =
    [
        new("en", "English"),
        new("es", "Español"),
        new("ar", "العربية"),
    ];

    public const string Default = "en";

    /// <summary>The footer's choice; named like the forum's other cookies, and read before Accept-Language.</summary>
    public const string CookieName = "forum_language";

    /// <summary>The form field of the footer's choice, and the one that names the page to come back to.</summary>
    public const string FieldName = "language";
    public const string ReturnField = "back";

    public static Language? Find(string? code) =>
        Supported.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The language of the page being written: a supported one, whatever culture the request carries.</summary>
    public static Language Current => Find(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ?? Supported[0];

    /// <summary>Written right to left: the page's dir attribute and the stylesheet's logical properties follow.</summary>
    public static bool IsRightToLeft => CultureInfo.CurrentUICulture.TextInfo.IsRightToLeft;
}

/// <param name="Code">ISO 639-1, as in the resource files' names and the cookie.</param>
/// <param name="Name">Its own name for itself ("Español"), so a reader finds theirs whatever the page's language.</param>
public sealed record Language(string Code, string Name);
