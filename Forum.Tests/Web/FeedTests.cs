using System.Xml;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;

namespace Forum.Tests.Web;

public sealed class FeedTests : WebTest
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static long IdOf(StoryRef story) => story.Id;

    /// <summary>Fetches a feed and checks it against RFC 4287's required elements before any test looks inside.</summary>
    private async Task<XElement> FeedAsync(string url)
    {
        var response = await Factory.CreateClient().GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/atom+xml");
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        var feed = XDocument.Load(reader).Root!;

        feed.Name.ShouldBe(Atom + "feed");
        foreach (var required in new[] { "id", "title", "updated" })
            feed.Elements(Atom + required).Count().ShouldBe(1, $"a feed has exactly one {required}");
        feed.Element(Atom + "author")!.Element(Atom + "name").ShouldNotBeNull();
        feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value.ShouldEndWith(url);
        DateTimeOffset.Parse(feed.Element(Atom + "updated")!.Value);
        foreach (var entry in feed.Elements(Atom + "entry"))
        {
            foreach (var required in new[] { "id", "title", "updated" })
                entry.Elements(Atom + required).Count().ShouldBe(1, $"an entry has exactly one {required}");
            new Uri(entry.Element(Atom + "id")!.Value).Scheme.ShouldBe("tag");
            entry.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value.ShouldStartWith("http://localhost/t/");
            (entry.Element(Atom + "content") is not null || entry.Element(Atom + "summary") is not null).ShouldBeTrue();
        }
        return feed;
    }

    private static XElement? EntryTitled(XElement feed, string title) =>
        feed.Elements(Atom + "entry").SingleOrDefault(e => e.Element(Atom + "title")!.Value == title);

    [Test]
    public async Task The_forum_feed_has_new_stories_with_their_text_and_stable_ids()
    {
        var title = Unique("A quiet win");
        var location = await PostStoryAsync(NewVisitor(), title, "I went to the **meeting** after all.");

        var feed = await FeedAsync("/feed.atom");
        var entry = EntryTitled(feed, title).ShouldNotBeNull();
        entry.Element(Atom + "id")!.Value.ShouldBe($"tag:localhost,2026:thread:{IdOf(location)}");
        entry.Element(Atom + "content")!.Attribute("type")!.Value.ShouldBe("html");
        entry.Element(Atom + "content")!.Value.ShouldContain("<strong>meeting</strong>");
        entry.Element(Atom + "link")!.Attribute("href")!.Value.ShouldBe("http://localhost" + location);

        var again = await FeedAsync("/feed.atom");
        EntryTitled(again, title)!.Element(Atom + "id")!.Value.ShouldBe(entry.Element(Atom + "id")!.Value);
    }

    [Test]
    public async Task Removed_and_held_stories_never_reach_a_feed()
    {
        var removed = Unique("Removed from the feed");
        var held = Unique("Held for review");
        var removedId = IdOf(await PostStoryAsync(NewVisitor(), removed, "Words.", room: "depression"));
        var heldId = IdOf(await PostStoryAsync(NewVisitor(), held, "Words.", room: "depression"));
        await ExecuteSqlAsync($"UPDATE threads SET removed_at = now() WHERE id = {removedId}; UPDATE threads SET held_at = now() WHERE id = {heldId}");

        foreach (var url in new[] { "/feed.atom", "/r/depression/feed.atom" })
        {
            var feed = await FeedAsync(url);
            EntryTitled(feed, removed).ShouldBeNull();
            EntryTitled(feed, held).ShouldBeNull();
        }
    }

    [Test]
    public async Task A_story_behind_a_content_warning_carries_only_its_title_and_warnings()
    {
        var title = Unique("A hard night");
        var body = "Secret words " + Guid.NewGuid().ToString("N");
        var id = IdOf(await PostStoryAsync(NewVisitor(), title, body, room: "addiction-recovery"));
        await ExecuteSqlAsync($"UPDATE threads SET content_warnings = ARRAY['substance-use', 'relapse'] WHERE id = {id}");

        foreach (var url in new[] { "/feed.atom", "/r/addiction-recovery/feed.atom" })
        {
            var feed = await FeedAsync(url);
            var entry = EntryTitled(feed, title).ShouldNotBeNull();
            entry.Element(Atom + "content").ShouldBeNull();
            entry.Element(Atom + "summary")!.Value.ShouldBe("This post has content warnings: Substance use in detail, Relapse. Read it on the forum.");
            feed.ToString().ShouldNotContain(body);
        }
    }

    [Test]
    public async Task A_room_feed_holds_only_that_rooms_stories()
    {
        var here = Unique("In relationships");
        var elsewhere = Unique("In general");
        await PostStoryAsync(NewVisitor(), here, "Words.", room: "relationships");
        await PostStoryAsync(NewVisitor(), elsewhere, "Words.", room: "general");

        var feed = await FeedAsync("/r/relationships/feed.atom");

        EntryTitled(feed, here).ShouldNotBeNull();
        EntryTitled(feed, elsewhere).ShouldBeNull();
        feed.Element(Atom + "title")!.Value.ShouldBe("Forum: Relationships");
        feed.Element(Atom + "id")!.Value.ShouldBe("tag:localhost,2026:room:relationships");
    }

    [Test]
    public async Task A_room_with_its_feed_switched_off_has_no_feed_and_advertises_none()
    {
        var title = Unique("Not for syndication");
        await PostStoryAsync(NewVisitor(), title, "Words.", room: "loneliness");
        (await Factory.CreateClient().GetDocumentAsync("/r/loneliness"))
            .QuerySelector("link[rel=alternate][href='/r/loneliness/feed.atom']").ShouldNotBeNull();

        await ExecuteSqlAsync("UPDATE rooms SET feed_enabled = false WHERE slug = 'loneliness'");
        try
        {
            (await Factory.CreateClient().GetAsync("/r/loneliness/feed.atom")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            var page = await Factory.CreateClient().GetDocumentAsync("/r/loneliness");
            page.QuerySelector("link[rel=alternate][href='/r/loneliness/feed.atom']").ShouldBeNull();
            page.QuerySelector("link[rel=alternate][href='/feed.atom']").ShouldNotBeNull();
            EntryTitled(await FeedAsync("/feed.atom"), title).ShouldBeNull("its stories stay out of the whole forum's feed too");
        }
        finally
        {
            await ExecuteSqlAsync("UPDATE rooms SET feed_enabled = true WHERE slug = 'loneliness'");
        }
    }

    [TestCase("/r/no-such-room/feed.atom")]
    [TestCase("/r/%3Cscript%3E/feed.atom")]
    public async Task An_unknown_room_has_no_feed(string url) =>
        (await Factory.CreateClient().GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

    [Test]
    public async Task Markup_and_xml_in_a_title_stay_text()
    {
        var title = Unique("<script>alert(1)</script> ]]> & \"quotes\" <!-- -->");
        await PostStoryAsync(NewVisitor(), title, "Body with <b>tags</b> & ampersands ]]>.", room: "general");

        var entry = EntryTitled(await FeedAsync("/feed.atom"), title).ShouldNotBeNull();
        entry.Element(Atom + "title")!.Elements().ShouldBeEmpty();
        entry.Element(Atom + "content")!.Value.ShouldNotContain("<b>");
    }

    [Test]
    public async Task Pages_advertise_the_forum_feed_and_a_thread_its_rooms_feed()
    {
        var location = await PostStoryAsync(NewVisitor(), Unique("Advertised"), "Words.", room: "grief-loss");
        (await Factory.CreateClient().GetDocumentAsync("/")).QuerySelector("link[rel=alternate][type='application/atom+xml'][href='/feed.atom']").ShouldNotBeNull();
        (await Factory.CreateClient().GetDocumentAsync(location)).QuerySelector("link[rel=alternate][href='/r/grief-loss/feed.atom']").ShouldNotBeNull();
    }

    /// <summary>
    /// A row holding characters XML can't carry, put there by hand as an old row or a bug could: the feed still
    /// answers, well formed, with that entry's words cleaned and every other entry as it was.
    /// </summary>
    [Test]
    public async Task A_row_with_controls_and_noncharacters_does_not_take_a_feed_down()
    {
        var neighbour = Unique("An ordinary neighbour");
        await PostStoryAsync(NewVisitor(), neighbour, "Words.", room: "depression");
        var marker = Guid.NewGuid().ToString("N")[..8];
        var id = (await PostStoryAsync(NewVisitor(), Unique("Soon broken"), "Words.", room: "depression")).Id;
        await ExecuteSqlAsync(
            $"UPDATE threads SET title = 'Bell' || chr(7) || ' escape' || chr(27) || ' nonchar' || U&'\\FFFE' || ' {marker}', " +
            $"body_html = '<p>bell' || chr(7) || U&'\\FFFF' || chr(27) || '</p>' WHERE id = {id}; " +
            $"UPDATE pseudonyms SET name = 'Bell' || chr(7) || 'name' WHERE id = (SELECT author_id FROM threads WHERE id = {id})");

        foreach (var url in new[] { "/feed.atom", "/r/depression/feed.atom" })
        {
            var feed = await FeedAsync(url);
            EntryTitled(feed, neighbour).ShouldNotBeNull();
            var cleaned = feed.Elements(Atom + "entry").Where(e => e.Element(Atom + "title")!.Value.EndsWith(marker, StringComparison.Ordinal)).ToList();
            cleaned.Count.ShouldBe(1, "the row is cleaned, not dropped");
            cleaned[0].Element(Atom + "title")!.Value.ShouldBe($"Bell escape nonchar {marker}");
            cleaned[0].Element(Atom + "author")!.Element(Atom + "name")!.Value.ShouldBe("Bellname");
            cleaned[0].Element(Atom + "content")!.Value.ShouldBe("<p>bell</p>");
        }
    }
}
