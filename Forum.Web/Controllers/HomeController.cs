using Microsoft.AspNetCore.OutputCaching;

namespace Forum.Web.Controllers;

public sealed class HomeController(ForumReader reader) : Controller
{
    [HttpGet("/", Name = RouteNames.Home)]
    [OutputCache(PolicyName = Caching.SharedPages.Policy)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await reader.HomeAsync(cancellationToken));

    /// <summary>Stories nobody has answered yet, oldest first, for people who come to support others.</summary>
    [HttpGet("/waiting", Name = RouteNames.Waiting)]
    public async Task<IActionResult> Waiting(string? after, CancellationToken cancellationToken)
    {
        ActivityCursor? cursor = null;
        if (after is not null && !ActivityCursor.TryParse(after, out cursor)) return BadRequest();
        return View(new WaitingViewModel(await reader.WaitingAsync(cursor, ForumReader.StoriesPerPage, cancellationToken), IsFirstPage: cursor is null));
    }

    [HttpGet("/privacy", Name = RouteNames.Privacy)]
    public IActionResult Privacy() => View();
}
