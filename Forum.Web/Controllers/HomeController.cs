using Microsoft.AspNetCore.OutputCaching;

namespace Forum.Web.Controllers;

public sealed class HomeController(ForumReader reader) : Controller
{
    [HttpGet("/", Name = RouteNames.Home)]
    [OutputCache(PolicyName = Caching.SharedPages.Policy)]
    public async Task<IActionResult> Index([FromServices] PseudonymSession session, CancellationToken cancellationToken)
    {
        // The header's pseudonyms and counts come in home's statement: one round trip for the page (issue 32).
        var (page, _) = await session.ReadWithKeptAsync(
            (first, kept) => reader.HomeWithKeptAsync(first, kept, cancellationToken),
            async _ => await reader.HomeAsync(cancellationToken), cancellationToken);
        return View(page!);
    }

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
