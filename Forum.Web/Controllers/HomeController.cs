using Microsoft.AspNetCore.OutputCaching;

namespace Forum.Web.Controllers;

public sealed class HomeController(ForumReader reader) : Controller
{
    [HttpGet("/", Name = RouteNames.Home)]
    [OutputCache(PolicyName = Caching.SharedPages.Policy)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await reader.HomeAsync(cancellationToken));

    [HttpGet("/privacy", Name = RouteNames.Privacy)]
    public IActionResult Privacy() => View();
}
