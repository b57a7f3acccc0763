using Forum.Domain.Reactions;
using Forum.Web.Routing;

namespace Forum.Tests.Web;

/// <summary>
/// The addresses ForumLinks builds are the ones in DESIGN.md's URL table, byte for byte: bookmarks, feeds and
/// other tests rely on them. And a kind of post is spelled one way only.
/// </summary>
public sealed class RoutingTests : WebTest
{
    [Test]
    public void Links_are_the_stable_urls()
    {
        Links.Home().ShouldBe("/");
        Links.Room("grief-loss").ShouldBe("/r/grief-loss");
        Links.Room("grief-loss", "abc").ShouldBe("/r/grief-loss?after=abc");
        Links.NewThread("grief-loss").ShouldBe("/r/grief-loss/new");
        Links.RoomThreads("grief-loss").ShouldBe("/r/grief-loss/threads");
        Links.Thread(12, "a-hard-week").ShouldBe("/t/12/a-hard-week");
        Links.Thread(12).ShouldBe("/t/12");
        Links.Thread(12, "a-hard-week", "7", ForumLinks.ReplyAnchor(40)).ShouldBe("/t/12/a-hard-week?after=7#reply-40");
        Links.Replies(12).ShouldBe("/t/12/replies");
        Links.Familiar(PostKind.Thread, 12).ShouldBe("/posts/thread/12/familiar");
        Links.Report(PostKind.Reply, 40).ShouldBe("/posts/reply/40/report");
        Links.EditPost(PostKind.Reply, 40).ShouldBe("/posts/reply/40/edit");
        Links.Search("can't sleep", null, 1).ShouldBe("/search?q=can%27t%20sleep");
        Links.Search("sleep", "anxiety", 2).ShouldBe("/search?q=sleep&room=anxiety&page=2");
        Links.RoomFeed("grief-loss").ShouldBe("/r/grief-loss/feed.atom");
        Links.Feed().ShouldBe("/feed.atom");
        Links.Support("grief-loss").ShouldBe("/support?room=grief-loss");
        Links.Badges("peer_supporter").ShouldBe("/help/badges#peer_supporter");
        Links.Me.Index("inbox").ShouldBe("/me#inbox");
        Links.Mod.Post(PostKind.Thread, 12).ShouldBe("/mod/threads/12");
        Links.Mod.Post(PostKind.Reply, 40).ShouldBe("/mod/replies/40");
        Links.Mod.Remove(PostKind.Reply, 40).ShouldBe("/mod/replies/40/remove");
        Links.Mod.Ban(PostKind.Thread, 12).ShouldBe("/mod/threads/12/author/ban");
        Links.Mod.Rooms("grief-loss").ShouldBe("/mod/rooms#room-grief-loss");
        Links.Mod.Log("xyz").ShouldBe("/mod/log?before=xyz");
    }

    [TestCase("Thread")]
    [TestCase("THREAD")]
    [TestCase("0")]
    [TestCase("threads")]
    [TestCase("story")]
    public async Task A_post_kind_has_one_spelling(string kind)
    {
        var location = await PostThreadAsync(NewVisitor(), Unique("One spelling"));
        var id = location.Id;
        (await NewVisitor().GetAsync($"/posts/thread/{id}/report")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await NewVisitor().GetAsync($"/posts/{kind}/{id}/report")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Moderators_pages_keep_their_plural_spelling()
    {
        var location = await PostThreadAsync(NewVisitor(), Unique("Plural pages"));
        var id = location.Id;
        var moderator = await Factory.SignedInModeratorAsync();
        (await moderator.GetAsync($"/mod/threads/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await moderator.GetAsync($"/mod/thread/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
