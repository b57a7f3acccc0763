namespace Forum.Web.Safety;

/// <summary>
/// Which kinds of content this reader has chosen to see without a fold. Folding is the default for every kind, so
/// the cookie lists only the kinds to show, and a reader who never chooses needs no cookie at all. A cookie that is
/// too long or names kinds the forum doesn't know is read for what it validly says, never an error.
/// </summary>
public sealed class WarningPreferences(IHttpContextAccessor http)
{
    public const string CookieName = "forum_warnings";
    private const int MaxCookieLength = 200;
    private const char Separator = '.';

    private IReadOnlySet<ContentWarning>? _shown;

    private HttpContext Context => http.HttpContext ?? throw new InvalidOperationException("No request in progress.");

    public IReadOnlySet<ContentWarning> Shown => _shown ??= Parse(Context.Request.Cookies[CookieName]);

    /// <summary>A post opens by itself only when the reader chose to see every kind it warns about.</summary>
    public bool ShowsUnfolded(ContentWarningSet warnings) => warnings.Categories.All(Shown.Contains);

    public void Save(IReadOnlySet<ContentWarning> shown)
    {
        _shown = shown;
        // An empty choice deletes the cookie: folding everything is the default and needs nothing kept.
        KeptCookie.Write(Context, CookieName, shown.Count == 0 ? null : Format(shown));
    }

    internal static string Format(IReadOnlySet<ContentWarning> shown) =>
        string.Join(Separator, shown.Order().Select(ContentWarningText.Codes.Of));

    internal static IReadOnlySet<ContentWarning> Parse(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxCookieLength) return new HashSet<ContentWarning>();
        return value.Split(Separator)
            .Select(code => ContentWarningText.Codes.TryParse(code, out var warning) ? warning : (ContentWarning?)null)
            .OfType<ContentWarning>()
            .ToHashSet();
    }
}
