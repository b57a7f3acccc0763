using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Forum.Web.Startup;

/// <summary>
/// The interface in the reader's language: the footer's choice (a cookie on their device) first, then the
/// browser's Accept-Language, then English. "es-MX" reads Spanish, with Mexican dates and numbers.
/// </summary>
internal static class LanguageServices
{
    public static IMvcBuilder AddForumLanguages(this IMvcBuilder mvc)
    {
        var services = mvc.Services;
        services.AddLocalization();
        // The localizer logs every key it looks up, and a content warning's own words (a writer's) are looked up too.
        services.AddLogging(logging => logging.AddFilter("Microsoft.Extensions.Localization", LogLevel.None));
        // Arabic, Spanish and every name as characters, not &#x…; entities: the page is UTF-8, and <>&"' stay encoded.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        mvc.AddViewLocalization().AddDataAnnotationsLocalization(o =>
            o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(Forum.Web.Resources.SharedText)));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var languages = Languages.Supported.Select(l => new CultureInfo(l.Code)).ToList();
            options.DefaultRequestCulture = new RequestCulture(Languages.Default);
            // Words come in the three languages; dates and numbers in the reader's own region's way of writing them.
            options.SupportedCultures = [.. languages, .. CultureInfo.GetCultures(CultureTypes.SpecificCultures)
                .Where(c => languages.Any(l => l.Name == c.TwoLetterISOLanguageName))];
            options.SupportedUICultures = languages;
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider { CookieName = Languages.CookieName },
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return mvc;
    }

    public static void UseForumLanguages(this WebApplication app) => app.UseRequestLocalization();
}
