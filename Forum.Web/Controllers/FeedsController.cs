using Forum.Data.Reading.Feeds;
using Forum.Web.Feeds;

namespace Forum.Web.Controllers;

public sealed class FeedsController(FeedReader feeds, TimeProvider clock, ForumLinks links) : Controller
{
    [HttpGet("/feed.atom", Name = RouteNames.Feed)]
    public async Task<IActionResult> Forum(CancellationToken cancellationToken) =>
        Atom(await feeds.ForumAsync(cancellationToken));

    [HttpGet("/r/{room}/feed.atom", Name = RouteNames.RoomFeed)]
    public async Task<IActionResult> Room(string room, CancellationToken cancellationToken) =>
        await feeds.RoomAsync(room, cancellationToken) is { } feed ? Atom(feed) : NotFound();

    private FileContentResult Atom(Feed feed) =>
        File(AtomFeedWriter.Write(feed, new Uri($"{Request.Scheme}://{Request.Host}"), clock.GetUtcNow(), links), AtomFeedWriter.ContentType);
}
