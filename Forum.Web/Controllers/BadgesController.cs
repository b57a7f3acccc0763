namespace Forum.Web.Controllers;

/// <summary>What the verified badges beside some names mean, and what they don't.</summary>
public sealed class BadgesController : Controller
{
    [HttpGet("/help/badges", Name = RouteNames.Badges)]
    public IActionResult Index() => View();
}
