namespace Forum.Tests.Web;

public sealed class ReadingTests : WebTest
{
    [Test]
    public async Task The_home_page_needs_no_cookie_and_sets_none()
    {
        var response = await Factory.CreateClient(new() { HandleCookies = false }).GetAsync("/");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
        var page = await response.ParseAsync();
        page.QuerySelectorAll(".room h3 a").Select(a => a.TextContent).ShouldBe(
            ["Anxiety", "Depression", "Addiction & recovery", "Grief & loss", "Relationships", "Loneliness & isolation", "General"]);
        page.QuerySelector("a[href='/help']").ShouldNotBeNull();
    }

    [Test]
    public async Task The_guidelines_are_pinned_in_general_and_closed_to_replies()
    {
        var room = await Factory.CreateClient().GetDocumentAsync("/r/general");
        var link = room.QuerySelectorAll(".thread-list a.thread-title").Single(a => a.TextContent.StartsWith("Community guidelines"));
        room.QuerySelector(".thread-list .tag")!.TextContent.ShouldBe("Pinned");

        var thread = await Factory.CreateClient().GetDocumentAsync(link.GetAttribute("href")!);
        thread.QuerySelector(".post-body h3")!.TextContent.ShouldBe("Be kind, and speak from your own experience");
        thread.QuerySelector("form[action$='/replies']").ShouldBeNull();
        thread.QuerySelector(".notice")!.TextContent.ShouldContain("Closed to new replies");
    }

    [Test]
    public async Task A_wrong_slug_redirects_permanently_to_the_right_one()
    {
        var location = await PostStoryAsync(NewVisitor(), "Finding my feet again");
        var id = location.Id;

        var response = await NewVisitor().GetAsync($"/t/{id}/some-old-title?after=0");

        response.StatusCode.ShouldBe(HttpStatusCode.MovedPermanently);
        response.Headers.Location!.OriginalString.ShouldBe($"/t/{id}/finding-my-feet-again?after=0");
        (await NewVisitor().GetAsync($"/t/{id}")).StatusCode.ShouldBe(HttpStatusCode.MovedPermanently);
    }

    [TestCase("/r/no-such-room")]
    [TestCase("/r/no-such-room/new")]
    [TestCase("/t/99999999/whatever")]
    [TestCase("/t/not-a-number")]
    [TestCase("/nowhere/at/all")]
    public async Task Unknown_places_get_a_kind_not_found_page(string url)
    {
        var response = await Factory.CreateClient().GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var page = await response.ParseAsync();
        page.QuerySelector("h1")!.TextContent.ShouldBe("We couldn't find that page");
        page.QuerySelector("a[href='/help']").ShouldNotBeNull();
    }

    [TestCase("/r/anxiety?after=garbage")]
    [TestCase("/r/anxiety?after=1-2-3")]
    [TestCase("/t/1/x?after=-4")]
    [TestCase("/t/1/x?after=abc")]
    public async Task A_malformed_page_link_is_a_clear_bad_request(string url)
    {
        var response = await Factory.CreateClient().GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ParseAsync()).QuerySelector("h1")!.TextContent.ShouldBe("That didn't quite work");
    }

    [Test]
    public async Task Every_response_carries_the_security_headers()
    {
        foreach (var url in new[] { "/", "/r/anxiety", "/nowhere", "/css/site.css", "/healthz" })
        {
            var response = await Factory.CreateClient().GetAsync(url);
            response.Headers.GetValues("Content-Security-Policy").Single().ShouldStartWith("default-src 'self'; object-src 'none'");
            response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("no-referrer");
            response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        }
    }

    [Test]
    public async Task No_page_has_inline_script_or_style()
    {
        var location = await PostStoryAsync(NewVisitor(), "Checking the markup");
        foreach (var url in new[] { "/", "/r/anxiety", "/r/anxiety/new", location, "/help", "/privacy", "/nowhere" })
        {
            var response = await Factory.CreateClient().GetAsync(url);
            var page = await response.ParseAsync();
            page.QuerySelectorAll("script:not([src])").ShouldBeEmpty(url);
            page.QuerySelectorAll("style, [style]").ShouldBeEmpty(url);
            page.QuerySelectorAll("[src^='http'], link[href^='http']").ShouldBeEmpty(url);
        }
    }

    [Test]
    public async Task Health_reports_the_database_as_reachable()
    {
        var response = await Factory.CreateClient().GetAsync("/healthz");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("\"database\":\"healthy\"");
    }

    [Test]
    public async Task A_forged_pseudonym_cookie_is_simply_no_pseudonym()
    {
        var client = Factory.CreateClient(new() { HandleCookies = false });
        foreach (var forged in new[] { "garbage", $"{Guid.NewGuid():N}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", new string('x', 5000) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/r/anxiety/new");
            request.Headers.Add("Cookie", $"forum_pseudonym={forged}");
            var response = await client.SendAsync(request);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await response.ParseAsync()).QuerySelector(".identity-note")!.TextContent.ShouldContain("we'll make one for you");
        }
    }
}
