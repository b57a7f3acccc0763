namespace Forum.Web.Controllers;

/// <summary>Crisis lines (the reader's country first) and the professional help directory.</summary>
public sealed class HelpController : Controller
{
    [HttpGet("/help", Name = RouteNames.Help)]
    public IActionResult Crisis([FromServices] ReaderCountry reader) => View(reader.ForHelp());

    /// <summary>
    /// The reader's country from /help, kept in their browser. Without a token, so that /help and its choice work
    /// while the database (which holds the token keys) is away; a form on another site can't set it (Origin).
    /// </summary>
    [HttpPost("/help/country", Name = RouteNames.HelpCountry)]
    [IgnoreAntiforgeryToken]
    public IActionResult Country([FromForm(Name = ReaderCountry.FieldName)] string? country, [FromServices] ReaderCountry reader)
    {
        if (SameSite.IsFromThisSite(Request)) reader.Save(country);
        return Redirect(Url.RouteUrl(RouteNames.Help) + "#lines");
    }

    /// <summary>
    /// The reader's country chosen on the crisis pause, whose form carries the writer's unposted words: the pause is
    /// shown again with every word still in it, and nothing is posted. An unknown country keeps what was kept.
    /// </summary>
    /// <param name="pause">The pause's own form target, where the words go when the writer chooses to post or edit.</param>
    [HttpPost("/help/country/pause", Name = RouteNames.HelpCountryOnPause)]
    public async Task<IActionResult> CountryOnPause([FromQuery] string? pause, [FromServices] ReaderCountry reader, [FromServices] CrisisCheck crisis, CancellationToken ct)
    {
        var form = await Request.ReadFormAsync(ct);
        reader.Save(form[ReaderCountry.FieldName].ToString());
        if (string.IsNullOrEmpty(pause) || !pause.StartsWith('/') || !Url.IsLocalUrl(pause)) return Redirect(Url.RouteUrl(RouteNames.Help) + "#lines");
        return crisis.Pause(this, new CrisisPauseViewModel(pause, CrisisPauseFields.Carried(form)));
    }

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
