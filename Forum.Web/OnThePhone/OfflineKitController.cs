namespace Forum.Web.OnThePhone;

/// <summary>
/// /help as the service worker (wwwroot/sw.js) keeps it on the reader's device for when there is no signal: the same
/// crisis lines, for the country this browser chose, in a layout with nothing of the reader's on it (no name, no
/// notices, no token). A name must never be written into a copy that outlives the page.
/// </summary>
public sealed class OfflineKitController : Controller
{
    /// <summary>Set for the crisis view, which then takes <see cref="Layout"/>.</summary>
    public const string Flag = "OfflineKit";

    public const string Layout = "_OfflineKitLayout";

    [HttpGet("/help/offline", Name = RouteNames.HelpOffline)]
    public IActionResult Show([FromServices] ReaderCountry reader)
    {
        ViewData[Flag] = true;
        // Made with this browser's country: no shared cache may hand it to another reader.
        Response.Headers.CacheControl = "private, no-store";
        return View("~/Views/Help/Crisis.cshtml", reader.ForHelp());
    }
}
