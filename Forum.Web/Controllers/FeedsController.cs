using Forum.Data.Reading.Feeds;
using Forum.Web.Feeds;
using Forum.Web.Startup;
using Microsoft.AspNetCore.OutputCaching;

namespace Forum.Web.Controllers;

[OutputCache(PolicyName = Caching.SharedPages.Policy)]
public sealed class FeedsController(FeedReader feeds, TimeProvider clock, ForumLinks links, SiteAddress site) : Controller
{
    [HttpGet("/feed.atom", Name = RouteNames.Feed)]
    public async Task<IActionResult> Forum(CancellationToken cancellationToken) =>
        Atom(await feeds.ForumAsync(cancellationToken));

    [HttpGet("/r/{room}/feed.atom", Name = RouteNames.RoomFeed)]
    public async Task<IActionResult> Room(string room, CancellationToken cancellationToken) =>
        await feeds.RoomAsync(room, cancellationToken) is { } feed ? Atom(feed) : NotFound();

    private FileContentResult Atom(Feed feed) =>
        File(AtomFeedWriter.Write(feed, site.Origin, clock.GetUtcNow(), links), AtomFeedWriter.ContentType);
}
