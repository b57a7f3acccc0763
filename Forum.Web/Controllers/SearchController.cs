using System.Globalization;
using Forum.Data.Reading.Search;
using Forum.Web.Resources;
using Forum.Web.Search;
using Microsoft.Extensions.Localization;

namespace Forum.Web.Controllers;

/// <remarks>A problem with the query is said on the same page, not after a redirect, so it is put into words here.</remarks>
public sealed class SearchController(SearchReader search, ForumReader reader, SearchCapacity capacity, SearchSettings settings,
    IStringLocalizer<SharedText> words) : Controller
{
    [EnableRateLimiting(SearchCapacity.Policy)]
    [HttpGet("/search", Name = RouteNames.Search)]
    public async Task<IActionResult> Index(
        [FromQuery(Name = "q")] string? q, [FromQuery(Name = "room")] string? room, [FromQuery(Name = "page")] string? pageText,
        [FromQuery(Name = "before")] string? beforeText, CancellationToken cancellationToken)
    {
        var rooms = await reader.RoomsAsync(cancellationToken);
        var text = PlainText.Line(q ?? "").Trim();
        // An unknown room (an old link, a typo) widens the search rather than failing it.
        var roomSlug = rooms.Any(r => r.Slug == room) ? room : null;

        var page = 1;
        if (pageText is not null
            && (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page is < 1 or > SearchRequest.MaxPage))
            return Refuse(text, roomSlug, rooms, words["Results go up to page {0}. Adding a word or choosing a room narrows them down.", SearchRequest.MaxPage]);
        var before = SearchWindow.Parse(beforeText);
        if (beforeText is not null && before is null)
            return Refuse(text, roomSlug, rooms, words["That link to older results didn't come through whole. Searching again from here starts with the newest posts."]);
        if (text.Length > SearchRequest.MaxLength)
            return Refuse(text[..SearchRequest.MaxLength], roomSlug, rooms, words["Searches can be up to {0} characters. A few distinctive words work best.", SearchRequest.MaxLength]);

        var results = await capacity.WithinTimeoutAsync(ct => search.SearchAsync(new SearchRequest(text, roomSlug, page, before, settings.MatchesRanked, Languages.Current.Code), ct), cancellationToken);
        if (results is null) return StatusCode(SearchCapacity.Busy(HttpContext));
        return View(new SearchViewModel(text, roomSlug, page, rooms, results, before, settings.MatchesRanked));
    }

    private ViewResult Refuse(string text, string? roomSlug, IReadOnlyList<RoomSummary> rooms, string problem)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Index", new SearchViewModel(text, roomSlug, 1, rooms, SearchResults.Nothing(SearchOutcome.NoQuery), Problem: problem));
    }
}
