namespace Forum.Web.Controllers;

/// <summary>Crisis lines and the professional help directory, both from configuration.</summary>
public sealed class HelpController : Controller
{
    [HttpGet("/help", Name = RouteNames.Help)]
    public IActionResult Crisis([FromServices] IOptions<CrisisHelpOptions> help) => View(help.Value);

    /// <param name="room">A room's slug, to show what is most useful for it first; unknown rooms show everything.</param>
    [HttpGet("/support", Name = RouteNames.Support)]
    public async Task<IActionResult> Support(
        string? room, [FromServices] IOptions<SupportOptions> support, [FromServices] ForumReader reader, CancellationToken cancellationToken)
    {
        var rooms = await RoomsIfReachableAsync(reader, cancellationToken);
        var chosen = rooms.SingleOrDefault(r => r.Slug == room);
        return View(new SupportViewModel(support.Value.Entries, rooms, chosen));
    }

    /// <summary>The directory comes from configuration; only its ordering by room needs the database, so it never waits on it.</summary>
    private static async Task<List<RoomSummary>> RoomsIfReachableAsync(ForumReader reader, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.RoomsAsync(cancellationToken);
        }
        catch (Exception e) when (Infrastructure.DatabaseUnavailable.IsUnavailable(e))
        {
            return [];
        }
    }
}
