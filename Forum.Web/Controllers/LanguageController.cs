using Microsoft.AspNetCore.Localization;

namespace Forum.Web.Controllers;

/// <summary>The footer's choice of language, kept in the reader's browser and never on the server or with a name.</summary>
public sealed class LanguageController : Controller
{
    /// <summary>
    /// Without a token, like the choice of country on /help: it needs no database, and a form on another site can't
    /// set it (Origin). Goes back to the page the reader was on, only ever on this site.
    /// </summary>
    [HttpPost("/language", Name = RouteNames.Language)]
    [IgnoreAntiforgeryToken]
    public IActionResult Choose([FromForm(Name = Languages.FieldName)] string? language, [FromForm(Name = Languages.ReturnField)] string? back)
    {
        if (SameSite.IsFromThisSite(Request) && Languages.Find(language) is { } chosen)
        {
            KeptCookie.Write(HttpContext, Languages.CookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen.Code)));
        }
        var local = !string.IsNullOrEmpty(back) && back.StartsWith('/') && Url.IsLocalUrl(back);
        return Redirect(local ? back! : Url.RouteUrl(RouteNames.Home)!);
    }
}
