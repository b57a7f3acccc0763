using Forum.Domain.Reactions;
using Forum.Web.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

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
        Links.Room("grief-loss", "41", Forum.Data.Reading.RoomSort.New).ShouldBe("/r/grief-loss?after=41&sort=new");
        Links.Manifest().ShouldBe("/manifest.webmanifest");
        Links.NewStory("grief-loss").ShouldBe("/r/grief-loss/new");
        Links.RoomStories("grief-loss").ShouldBe("/r/grief-loss/threads");
        Links.Story(12, "a-hard-week").ShouldBe("/t/12/a-hard-week");
        Links.Story(12).ShouldBe("/t/12");
        Links.Story(12, "a-hard-week", "7", ForumLinks.ReplyAnchor(40)).ShouldBe("/t/12/a-hard-week?after=7#reply-40");
        Links.Replies(12).ShouldBe("/t/12/replies");
        Links.Familiar(PostKind.Story, 12).ShouldBe("/posts/thread/12/familiar");
        Links.Report(PostKind.Reply, 40).ShouldBe("/posts/reply/40/report");
        Links.EditPost(PostKind.Reply, 40).ShouldBe("/posts/reply/40/edit");
        Links.Search("can't sleep", null, 1).ShouldBe("/search?q=can%27t%20sleep");
        Links.Search("sleep", "anxiety", 2).ShouldBe("/search?q=sleep&room=anxiety&page=2");
        Links.RoomFeed("grief-loss").ShouldBe("/r/grief-loss/feed.atom");
        Links.Feed().ShouldBe("/feed.atom");
        Links.Support("grief-loss").ShouldBe("/support?room=grief-loss");
        Links.Badges("peer_supporter").ShouldBe("/help/badges#peer_supporter");
        Links.Me.Index("inbox").ShouldBe("/me#inbox");
        Links.Mod.Post(PostKind.Story, 12).ShouldBe("/mod/threads/12");
        Links.Mod.Post(PostKind.Reply, 40).ShouldBe("/mod/replies/40");
        Links.Mod.Remove(PostKind.Reply, 40).ShouldBe("/mod/replies/40/remove");
        Links.Mod.Ban(PostKind.Story, 12).ShouldBe("/mod/threads/12/author/ban");
        Links.Mod.Rooms("grief-loss").ShouldBe("/mod/rooms#room-grief-loss");
        Links.Mod.Log("xyz").ShouldBe("/mod/log?before=xyz");
    }

    /// <summary>
    /// PathWriter writes most links from the route's pattern instead of asking the LinkGenerator; for every named
    /// route, with values of every shape (an optional segment left out, a query, a fragment, upper case), the two
    /// must agree, and a value the pattern can't vouch for goes to the generator.
    /// </summary>
    [Test]
    public void Links_written_from_a_pattern_are_the_generators_links()
    {
        var writer = Factory.Services.GetRequiredService<PathWriter>();
        var generator = Factory.Services.GetRequiredService<LinkGenerator>();
        var names = Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(endpoint => (endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName, endpoint.RoutePattern))
            .Where(named => named.EndpointName is not null)
            .ToList();
        var templated = 0;
        foreach (var (name, pattern) in names)
        {
            foreach (var values in SampleValues(pattern))
            {
                foreach (var fragment in new[] { null, "reply-40" })
                {
                    var expected = generator.GetPathByName(name!, values, fragment: fragment is null ? default : new FragmentString("#" + fragment));
                    if (writer.Template(name!) is { } template && template.TryWrite(new RouteValueDictionary(values), fragment, out var written))
                    {
                        written.ShouldBe(expected, $"route {name}");
                        templated++;
                    }
                    writer.Path(name!, values, fragment).ShouldBe(expected, $"route {name}");
                }
            }
        }
        templated.ShouldBeGreaterThan(names.Count);
        foreach (var hot in new[] { RouteNames.Story, RouteNames.Room, RouteNames.Familiar, RouteNames.Report, RouteNames.ReplyForm })
        {
            writer.Template(hot).ShouldNotBeNull(hot);
        }
    }

    [Test]
    public void A_value_a_pattern_cannot_vouch_for_goes_to_the_generator()
    {
        var writer = Factory.Services.GetRequiredService<PathWriter>();
        var room = writer.Template(RouteNames.Room)!;
        room.TryWrite(new RouteValueDictionary(new { room = "grief loss" }), null, out _).ShouldBeFalse();
        room.TryWrite(new RouteValueDictionary(new { room = "grief-loss", after = "a b" }), null, out _).ShouldBeFalse();
        Links.Room("grief loss", "a b").ShouldBe("/r/grief%20loss?after=a%20b");
        Links.Room("Grief-Loss").ShouldBe("/r/grief-loss");

        var report = writer.Template(RouteNames.Report)!;
        report.TryWrite(new RouteValueDictionary(new { kind = "Story", id = 12L }), null, out _).ShouldBeFalse();
        Should.Throw<InvalidOperationException>(() => writer.Path(RouteNames.Report, new { kind = "Story", id = 12L }));
    }

    /// <summary>Values for every parameter by its constraint, with the optional ones both given and left out, and extras that become a query.</summary>
    private static IEnumerable<RouteValueDictionary> SampleValues(RoutePattern pattern)
    {
        var required = new RouteValueDictionary();
        var optional = new List<string>();
        foreach (var parameter in pattern.Parameters)
        {
            var constraint = parameter.ParameterPolicies.FirstOrDefault()?.Content;
            object value = constraint switch
            {
                _ when parameter.Name == "scope" => "a-name-s-own-scope_22c", // a push worker's folder: 22 base64url letters
                "long" => 42L,
                "guid" => Guid.Parse("0b7c2f7e-3f41-4c59-9d7a-6a1f0f3e2b11"),
                PostKindRouteConstraint.Name => "reply",
                PluralPostKindRouteConstraint.Name => "replies",
                _ => "Grief-Loss",
            };
            if (parameter.IsOptional) optional.Add(parameter.Name);
            required[parameter.Name] = value;
        }
        var without = new RouteValueDictionary(required);
        foreach (var name in optional) without.Remove(name);
        yield return without;
        yield return required;
        yield return new RouteValueDictionary(required) { ["after"] = "7", ["write"] = "1" };
        yield return new RouteValueDictionary(without) { ["q"] = "can't sleep" };
    }

    [TestCase("Story")]
    [TestCase("THREAD")]
    [TestCase("0")]
    [TestCase("threads")]
    [TestCase("story")]
    public async Task A_post_kind_has_one_spelling(string kind)
    {
        var location = await PostStoryAsync(NewVisitor(), Unique("One spelling"));
        var id = location.Id;
        (await NewVisitor().GetAsync($"/posts/thread/{id}/report")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await NewVisitor().GetAsync($"/posts/{kind}/{id}/report")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Moderators_pages_keep_their_plural_spelling()
    {
        var location = await PostStoryAsync(NewVisitor(), Unique("Plural pages"));
        var id = location.Id;
        var moderator = await Factory.SignedInModeratorAsync();
        (await moderator.GetAsync($"/mod/threads/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await moderator.GetAsync($"/mod/thread/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
