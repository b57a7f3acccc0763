using Microsoft.AspNetCore.Antiforgery;

namespace Forum.Web.Controllers;

/// <summary>
/// What a form on a shared page leaves out, fetched by js/forms.js when the reader starts to use it: an antiforgery
/// token (with its cookie) and a fresh submission key for a composer. Never kept by any cache: it is this reader's.
/// </summary>
public sealed class FormTokensController(IAntiforgery antiforgery) : Controller
{
    [HttpGet("/forms/token", Name = RouteNames.FormToken)]
    public IActionResult Token()
    {
        var tokens = antiforgery.GetAndStoreTokens(HttpContext);
        return Json(new { token = new { name = tokens.FormFieldName, value = tokens.RequestToken }, submission = Guid.NewGuid() });
    }
}
