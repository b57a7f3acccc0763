using Forum.Data.Reading;
using Microsoft.AspNetCore.Mvc;

namespace Forum.Web.Controllers;

public sealed class HomeController(ForumReader reader) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await reader.HomeAsync(cancellationToken));

    [HttpGet("/privacy")]
    public IActionResult Privacy() => View();
}
