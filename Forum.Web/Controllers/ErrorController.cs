namespace Forum.Web.Controllers;

/// <summary>Every error page, reached by re-execution. Never a stack trace, never blame.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    [Route("/error/{code:int}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Status(int code)
    {
        // The exception handler may have chosen 503 (database away) while re-executing /error/500.
        var status = Response.StatusCode >= 400 ? Response.StatusCode : code is >= 400 and < 600 ? code : 404;
        Response.StatusCode = status;
        Response.Headers.CacheControl = "no-store";
        var searchBusy = HttpContext.Items.ContainsKey(Search.SearchCapacity.BusyKey);
        if (status == StatusCodes.Status503ServiceUnavailable)
            Response.Headers.RetryAfter = searchBusy ? Search.SearchCapacity.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) : "30";
        ViewData["SearchBusy"] = searchBusy;
        if (status == StatusCodes.Status429TooManyRequests && HttpContext.Items[RateLimiting.RetryAfterKey] is int seconds)
        {
            Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            ViewData["RetryAfterSeconds"] = seconds;
        }
        return View("Status", status);
    }
}
