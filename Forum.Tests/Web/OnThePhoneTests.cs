using System.Net;
using System.Text.Json;
using Forum.Web.Infrastructure;

namespace Forum.Tests.Web;

/// <summary>
/// Issue 31, items 4, 6 and 7 on the server's side: the manifest under a neutral name an operator can change, the
/// icons and /favicon.ico, the crisis lines as the service worker keeps them (nothing of the reader's on them), light
/// or dark kept in a cookie, and a room sorted by newest story or by latest reply.
/// </summary>
public sealed class OnThePhoneTests : WebTest
{
    private const string AppName = "Notes";

    [OneTimeSetUp]
    public void NameTheApp() => Factory.Settings["App:Name"] = AppName;

    [Test]
    public async Task The_manifest_is_served_as_a_manifest_under_the_configured_name_with_icons_that_exist()
    {
        var visitor = NewVisitor();
        var response = await visitor.GetAsync("/manifest.webmanifest");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/manifest+json");
        using var manifest = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = manifest.RootElement;
        root.GetProperty("name").GetString().ShouldBe(AppName);
        root.GetProperty("short_name").GetString().ShouldBe(AppName);
        root.GetProperty("start_url").GetString().ShouldBe("/");
        root.GetProperty("display").GetString().ShouldBe("standalone");
        root.GetProperty("theme_color").GetString().ShouldBe("#1d6b66");
        var icons = root.GetProperty("icons").EnumerateArray().ToList();
        icons.Select(i => i.GetProperty("sizes").GetString()).ShouldContain("192x192");
        icons.Select(i => i.GetProperty("sizes").GetString()).ShouldContain("512x512");
        foreach (var icon in icons)
        {
            var image = await visitor.GetAsync(icon.GetProperty("src").GetString());
            image.StatusCode.ShouldBe(HttpStatusCode.OK, icon.GetProperty("src").GetString());
            image.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
            var bytes = await image.Content.ReadAsByteArrayAsync();
            bytes[..4].ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' });
            var size = int.Parse(icon.GetProperty("sizes").GetString()!.Split('x')[0]);
            // A PNG's width is the first field of its header chunk, big-endian, at byte 16.
            (bytes[16] << 24 | bytes[17] << 16 | bytes[18] << 8 | bytes[19]).ShouldBe(size);
        }
    }

    [Test]
    public async Task Every_page_links_the_manifest_and_icons_and_the_favicon_is_no_longer_a_404()
    {
        var visitor = NewVisitor();
        var page = await visitor.GetDocumentAsync("/");
        page.QuerySelector("link[rel=manifest]")!.GetAttribute("href").ShouldBe("/manifest.webmanifest");
        page.QuerySelector("meta[name=theme-color]")!.GetAttribute("content").ShouldBe("#1d6b66");
        page.QuerySelector("script[src^='/js/offline.js']").ShouldNotBeNull();

        var favicon = await visitor.GetAsync("/favicon.ico");
        favicon.StatusCode.ShouldBe(HttpStatusCode.OK);
        favicon.Content.Headers.ContentType!.MediaType.ShouldBe("image/x-icon");
        (await favicon.Content.ReadAsByteArrayAsync())[..4].ShouldBe(new byte[] { 0, 0, 1, 0 });

        var worker = await visitor.GetAsync("/sw.js");
        worker.StatusCode.ShouldBe(HttpStatusCode.OK);
        worker.Content.Headers.ContentType!.MediaType.ShouldBe("text/javascript");
    }

    [Test]
    public async Task The_crisis_lines_kept_for_offline_are_the_readers_country_and_carry_no_name()
    {
        var writer = NewVisitor();
        await PostStoryAsync(writer, Unique("A name on this browser"));
        var name = (await writer.GetDocumentAsync("/help")).QuerySelector(".writing-as strong")!.TextContent;
        name.ShouldNotBeNullOrWhiteSpace("/help itself says whose browser this is");
        var chose = await writer.SubmitAsync("/help", "/help/country", new Dictionary<string, string> { ["country"] = "GB" });
        chose.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var response = await writer.GetAsync("/help/offline");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldNotContain(name);
        html.ShouldNotContain("__RequestVerificationToken");
        var kit = await writer.GetDocumentAsync("/help/offline");
        kit.QuerySelector(".writing-as").ShouldBeNull();
        kit.QuerySelector("[data-offline-kit]").ShouldNotBeNull();
        kit.QuerySelectorAll(".crisis-lines > .resource a[href^='tel:']").First().GetAttribute("href").ShouldBe("tel:999");
    }

    [Test]
    public async Task Light_or_dark_is_a_cookie_the_layout_turns_into_a_class_and_like_this_device_deletes_it()
    {
        var reader = NewVisitor();
        (await reader.GetDocumentAsync("/")).DocumentElement.HasAttribute("class").ShouldBeFalse("the device decides by default");

        (await reader.SubmitAsync("/preferences", "/preferences/scheme", new Dictionary<string, string> { ["scheme"] = "dark" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await reader.GetDocumentAsync("/")).DocumentElement.GetAttribute("class").ShouldBe("scheme-dark");
        (await reader.GetDocumentAsync("/help/offline")).DocumentElement.GetAttribute("class").ShouldBe("scheme-dark");
        var preferences = await reader.GetDocumentAsync("/preferences");
        preferences.QuerySelector("input[name=scheme][checked]")!.GetAttribute("value").ShouldBe("dark");

        (await reader.SubmitAsync("/preferences", "/preferences/scheme", new Dictionary<string, string> { ["scheme"] = "light" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await reader.GetDocumentAsync("/")).DocumentElement.GetAttribute("class").ShouldBe("scheme-light");

        var back = await reader.SubmitAsync("/preferences", "/preferences/scheme", new Dictionary<string, string> { ["scheme"] = "system" });
        back.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith(ColourScheme.CookieName + "=;"));
        (await reader.GetDocumentAsync("/")).DocumentElement.HasAttribute("class").ShouldBeFalse();

        (await reader.SubmitAsync("/preferences", "/preferences/scheme", new Dictionary<string, string> { ["scheme"] = "purple" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task A_room_sorts_by_latest_reply_by_default_and_by_newest_story_when_asked_a_page_at_a_time()
    {
        const string room = "loneliness";
        var writer = NewVisitor();
        var first = await PostStoryAsync(writer, Unique("First written"), room: room);
        Factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await PostStoryAsync(writer, Unique("Second written"), room: room);
        Factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var third = await PostStoryAsync(writer, Unique("Third written"), room: room);
        Factory.Clock.Advance(TimeSpan.FromMinutes(5));
        (await NewVisitor().SubmitAsync(first.Url, Links.Replies(first.Id), new Dictionary<string, string> { ["Body"] = "I hear you, and I'm glad you wrote." }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var reader = NewVisitor();
        var active = await reader.GetDocumentAsync($"/r/{room}");
        Listed(active).ShouldBe([first.Id, third.Id, second.Id], "the story just answered comes back to the top");
        active.QuerySelector(".room-sort a[aria-current=page]")!.TextContent.ShouldBe("Latest reply");
        active.QuerySelectorAll(".room-sort a").Select(a => a.GetAttribute("href")).ShouldBe([$"/r/{room}", $"/r/{room}?sort=new"]);

        var newest = await reader.GetDocumentAsync($"/r/{room}?sort=new");
        Listed(newest).ShouldBe([third.Id, second.Id, first.Id]);
        newest.QuerySelector(".room-sort a[aria-current=page]")!.TextContent.ShouldBe("Newest story");
        Listed(await reader.GetDocumentAsync($"/r/{room}?sort=new&after={third.Id}")).ShouldBe([second.Id, first.Id], "a keyset page after a story's id");
        Listed(await reader.GetDocumentAsync($"/r/{room}?sort=active")).ShouldBe([first.Id, third.Id, second.Id]);

        (await reader.GetAsync($"/r/{room}?sort=oldest")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await reader.GetAsync($"/r/{room}?sort=new&after=soon")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private static List<long> Listed(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("section[aria-labelledby=threads-heading] .thread-list li[data-story]")
            .Select(li => long.Parse(li.GetAttribute("data-story")!)).ToList();
}
