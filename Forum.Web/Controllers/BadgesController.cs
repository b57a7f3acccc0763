using Microsoft.AspNetCore.Mvc;

namespace Forum.Web.Controllers;

/// <summary>What the verified badges beside some names mean, and what they don't.</summary>
public sealed class BadgesController : Controller
{
    [HttpGet("/help/badges")]
    public IActionResult Index() => View();
}
