using Microsoft.Net.Http.Headers;

namespace Forum.Web.Safety;

/// <summary>
/// Whose crisis lines come first for this reader: the country they chose (kept in their browser's cookie only, never
/// on the server and never with a name), else the region their browser's Accept-Language names ("es-MX" is Mexico).
/// Never their address: an IP says where a network is, not where a person is, and looking it up would keep it.
/// </summary>
public sealed class ReaderCountry(IHttpContextAccessor http, IOptions<CrisisLines> options)
{
    public const string CookieName = "forum_country";

    /// <summary>The form field of the choice, on /help and on the crisis pause (where "Post it now" carries it too).</summary>
    public const string FieldName = "country";

    /// <summary>How many countries a reader whose country isn't known sees in full under the directory.</summary>
    public const int ShortListLength = 6;

    private const int MaxHeaderLength = 500;

    private CountryChoice? _choice;

    private HttpContext Context => http.HttpContext ?? throw new InvalidOperationException("No request in progress.");

    public CrisisLines Lines => options.Value;

    public CountryChoice Current => _choice ??= Choose(Context.Request.Cookies[CookieName], AcceptLanguage, Lines);

    /// <summary>
    /// The browser's languages, led by the one the reader chose in the footer: a reader who chose Spanish on a browser
    /// that asks for English is shown lines that answer in Spanish. The region still comes from the browser ("en-MX").
    /// </summary>
    private string AcceptLanguage
    {
        get
        {
            var header = Context.Request.Headers.AcceptLanguage.ToString();
            var feature = Context.Features.Get<Microsoft.AspNetCore.Localization.IRequestCultureFeature>();
            return feature?.Provider is Microsoft.AspNetCore.Localization.CookieRequestCultureProvider
                ? string.Join(", ", new[] { feature.RequestCulture.UICulture.TwoLetterISOLanguageName, header }.Where(t => t.Length > 0))
                : header;
        }
    }

    /// <summary>Every country that can be chosen, by name, for the choice's list.</summary>
    public IReadOnlyList<CrisisCountry> Choices => [.. Lines.Countries.OrderBy(c => c.Name, StringComparer.InvariantCulture)];

    /// <summary>/help: the reader's country, the directory, then every other country folded; unknown, a short list after the directory.</summary>
    public CrisisLinesView ForHelp() => ForHelp(Current, Lines);

    /// <summary>The crisis pause: only what fits on a phone's screen or two, the choice beneath.</summary>
    public CrisisLinesView ForPause() => ForPause(Current, Lines);

    internal static CrisisLinesView ForHelp(CountryChoice choice, CrisisLines lines)
    {
        var shown = choice.Country is null ? ShortList(choice.Language, lines) : [];
        // The short list shows one line of each; folded below, every country has all of its lines.
        return new CrisisLinesView(lines, choice.Country, shown, [.. lines.Countries.Where(c => c != choice.Country)]);
    }

    internal static CrisisLinesView ForPause(CountryChoice choice, CrisisLines lines) =>
        new(lines, choice.Country, choice.Country is null ? ShortList(choice.Language, lines) : [], Folded: []);

    /// <summary>Keeps the reader's choice on their device: a country's code, <see cref="CrisisLines.Everywhere"/>, or nothing to forget it.</summary>
    /// <returns>False, and nothing kept, for a choice that is none of those.</returns>
    public bool Save(string? choice)
    {
        string? kept;
        if (string.IsNullOrEmpty(choice)) kept = null;
        else if (choice == CrisisLines.Everywhere) kept = choice;
        else if (Lines.Find(choice) is { } country) kept = country.Code;
        else return false;
        Forum.Web.Infrastructure.KeptCookie.Write(Context, CookieName, kept);
        _choice = Choose(kept, AcceptLanguage, Lines);
        return true;
    }

    /// <summary>The cookie wins over the browser's languages; a cookie naming a country the file no longer has is ignored.</summary>
    internal static CountryChoice Choose(string? cookie, string? acceptLanguage, CrisisLines lines)
    {
        if (cookie == CrisisLines.Everywhere) return new CountryChoice(null, Chosen: true, Language(acceptLanguage));
        if (lines.Find(cookie) is { } chosen) return new CountryChoice(chosen, Chosen: true, Language(acceptLanguage));
        foreach (var tag in Tags(acceptLanguage))
            if (lines.Find(Region(tag)) is { } country) return new CountryChoice(country, Chosen: false, Language(acceptLanguage));
        return new CountryChoice(null, Chosen: false, Language(acceptLanguage));
    }

    /// <summary>The region subtag of a language tag: "es-MX" and "zh-Hant-TW" name one, "es", "es-419" (a UN area) and "*" don't.</summary>
    internal static string? Region(string tag) =>
        tag.Split('-').Skip(1).Where(part => part.Length != 4).FirstOrDefault() is { Length: 2 } region && region.All(char.IsAsciiLetter)
            ? region.ToUpperInvariant()
            : null;

    /// <summary>The first language the browser asks for ("es" for "es-MX,en;q=0.5"), for the short list.</summary>
    private static string? Language(string? acceptLanguage) =>
        Tags(acceptLanguage).Select(tag => tag.Split('-')[0].ToLowerInvariant()).FirstOrDefault(l => l.Length == 2);

    /// <summary>The header's tags, most wanted first; a header too long to be a browser's is not read.</summary>
    private static IEnumerable<string> Tags(string? acceptLanguage)
    {
        if (string.IsNullOrWhiteSpace(acceptLanguage) || acceptLanguage.Length > MaxHeaderLength) return [];
        if (!StringWithQualityHeaderValue.TryParseList([acceptLanguage], out var values)) return [];
        return values.Where(v => (v.Quality ?? 1) > 0).OrderByDescending(v => v.Quality ?? 1).Select(v => v.Value.ToString());
    }

    /// <summary>The countries whose lines answer in the reader's language, else the file's first few.</summary>
    private static List<CrisisCountry> ShortList(string? language, CrisisLines lines)
    {
        var speaking = language is null ? [] : lines.Countries.Where(c => c.Lines.Any(l => l.Languages.Contains(language))).Take(ShortListLength).ToList();
        return speaking.Count > 0 ? speaking : [.. lines.Countries.Take(ShortListLength)];
    }
}

/// <param name="Country">Null when neither the reader nor their browser names a country the lines cover.</param>
/// <param name="Chosen">Whether the reader chose it (or chose "somewhere else"), rather than their browser's languages saying so.</param>
/// <param name="Language">The reader's first language, when their browser says.</param>
public sealed record CountryChoice(CrisisCountry? Country, bool Chosen, string? Language);

/// <param name="PauseFormId">The crisis pause's form, whose hidden fields carry the writer's words; null on /help, which has a form of its own.</param>
/// <param name="PauseAction">That form's own target, where the pause sends the words once it is shown again.</param>
public sealed record CountryChoiceForm(string? PauseFormId = null, string? PauseAction = null);
