using Forum.Web.Controllers;
using Forum.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Forum.Web.OnThePhone;

/// <summary>The reader's own name for the app on this device (<see cref="ChosenAppName"/>), chosen on /me.</summary>
public sealed class AppNameController(IStringLocalizer<SharedText> text) : Controller
{
    public const string Kept = "On this device the app is called “{0}” now. A phone keeps the name an icon had when it was added: add it again to see the new one.";
    public const string Forgotten = "The app has its usual name on this device again.";

    [HttpPost("/me/app-name", Name = RouteNames.AppName)]
    public IActionResult Choose([FromForm] string? name)
    {
        if (!ModelState.IsValid) return BadRequest();
        TempData[MeController.NoticeKey] = !ChosenAppName.TryKeep(HttpContext, name) ? text[ChosenAppName.Refused].Value
            : string.IsNullOrWhiteSpace(name) ? text[Forgotten].Value
            : text[Kept, name.Trim()].Value;
        return RedirectToRoute(RouteNames.Me, null, "discretion-heading");
    }
}
