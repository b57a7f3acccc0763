namespace Forum.Web.Controllers;

/// <summary>The reader's own choice of which warned posts to fold, kept in their browser only.</summary>
public sealed class PreferencesController(WarningPreferences preferences) : Controller
{
    public const string Fold = "fold";
    public const string Show = "show";

    [HttpGet("/preferences", Name = RouteNames.Preferences)]
    public IActionResult Edit(bool saved) => View(new WarningPreferencesViewModel(preferences.Shown, saved, DraftsOnDevice.AreKept(Request)));

    /// <summary>One field per kind, named by its code, saying fold or show. Kinds left out keep the default, fold.</summary>
    [HttpPost("/preferences")]
    public IActionResult Save(IFormCollection form)
    {
        var shown = new HashSet<ContentWarning>();
        foreach (var warning in ContentWarningText.Codes.All)
        {
            var choice = form[ContentWarningText.Codes.Of(warning)];
            switch (choice.Count == 0 ? null : choice.ToString())
            {
                case null or Fold: break;
                case Show: shown.Add(warning); break;
                default:
                    ModelState.AddModelError("", "Each kind can be folded or shown; one of the choices wasn't either. Nothing was changed.");
                    Response.StatusCode = StatusCodes.Status400BadRequest;
                    return View("Edit", new WarningPreferencesViewModel(preferences.Shown, Saved: false, DraftsOnDevice.AreKept(Request)));
            }
        }
        preferences.Save(shown);
        return RedirectToRoute(RouteNames.Preferences, new { saved = "true" });
    }

    /// <summary>Keep drafts and previews of what this reader writes on this browser, or not.</summary>
    [HttpPost("/preferences/drafts", Name = RouteNames.PreferencesDrafts)]
    public IActionResult Drafts([FromForm] bool? keep)
    {
        if (!ModelState.IsValid || keep is null) return BadRequest();
        DraftsOnDevice.Set(HttpContext, keep.Value);
        return RedirectToRoute(RouteNames.Preferences, new { saved = "true" });
    }

    /// <summary>Light, dark, or whatever this device's system says: a cookie on this browser, nothing more.</summary>
    [HttpPost("/preferences/scheme", Name = RouteNames.PreferencesScheme)]
    public IActionResult Scheme([FromForm] string? scheme)
    {
        if (!ColourScheme.IsChoice(scheme)) return BadRequest();
        ColourScheme.Set(HttpContext, scheme!);
        return Redirect(Url.RouteUrl(RouteNames.Preferences, new { saved = "true" }) + "#scheme");
    }
}
