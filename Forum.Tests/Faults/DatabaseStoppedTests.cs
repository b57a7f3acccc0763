using Microsoft.AspNetCore.Mvc.Testing;

namespace Forum.Tests.Faults;

/// <summary>
/// The database really stopped (a private cluster, not the shared one). Help never depends on it: /help,
/// /support, /privacy and the crisis pause render for everyone, a pseudonym or a moderator session included;
/// every other page is the kind 503 page with Retry-After, never an empty 500.
/// </summary>
[Category("Faults")]
[NonParallelizable]
public sealed class DatabaseStoppedTests
{
    private FaultCluster _cluster = null!;
    private ForumWebFactory _factory = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _cluster = await FaultCluster.StartAsync();
        _factory = new ForumWebFactory(_cluster.ConnectionString);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _factory.DisposeAsync();
        await _cluster.DisposeAsync();
    }

    private HttpClient Visitor() => _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    [Test]
    public async Task Help_renders_and_everything_else_says_try_again_shortly_for_everyone()
    {
        var stranger = Visitor();
        var writer = Visitor();
        var storyUrl = (await writer.SubmitAsync("/r/anxiety/new", "/r/anxiety/threads",
            new Dictionary<string, string> { ["Title"] = "A night that felt long", ["Body"] = "Some words about my week." })).Headers.Location!.OriginalString;
        var moderator = await _factory.SignedInModeratorAsync();
        (await moderator.GetAsync("/mod")).StatusCode.ShouldBe(HttpStatusCode.OK);
        // Forms fetched while the database answered, sent while it is away.
        var replyForm = await writer.GetDocumentAsync(storyUrl);
        var storyForm = await writer.GetDocumentAsync("/r/anxiety/new");

        await _cluster.StopAsync();
        try
        {
            foreach (var (who, client) in new[] { ("stranger", stranger), ("writer", writer), ("moderator", moderator) })
            {
                foreach (var page in new[] { "/help", "/support", "/support?room=anxiety", "/privacy" })
                {
                    var response = await client.GetAsync(page);
                    response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{page} for the {who}");
                }
                (await client.GetStringAsync("/help")).ShouldContain("Crisis");
                foreach (var page in new[] { "/", storyUrl, "/r/anxiety", "/search?q=sleep", "/feed.atom" })
                    await ShouldBeTheKind503PageAsync(await client.GetAsync(page), $"{page} for the {who}");
            }
            await ShouldBeTheKind503PageAsync(await moderator.GetAsync("/mod"), "/mod for the moderator");
            await ShouldBeTheKind503PageAsync(await writer.GetAsync("/me"), "/me for the writer");

            var replyPause = await writer.PostAsync(storyUrl.Split('/')[..3].Aggregate((a, b) => a + "/" + b) + "/replies",
                Form(replyForm, ("Body", "I want to end my life tonight.")));
            await ShouldBeTheCrisisPauseAsync(replyPause, "I want to end my life tonight.");

            var storyPause = await writer.PostAsync("/r/anxiety/threads",
                Form(storyForm, ("Title", "Tonight"), ("Body", "I keep thinking I should kill myself.")));
            await ShouldBeTheCrisisPauseAsync(storyPause, "I keep thinking I should kill myself.");

            var anyway = await writer.PostAsync("/r/anxiety/threads",
                Form(storyForm, ("Title", "Tonight"), ("Body", "I keep thinking I should kill myself."), ("intent", "post-anyway")));
            await ShouldBeTheKind503PageAsync(anyway, "posting anyway with the database away");
        }
        finally
        {
            await _cluster.StartAgainAsync();
        }

        (await stranger.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task Words_sent_while_the_database_is_away_come_back_in_the_form_and_the_log_stays_short()
    {
        var writer = Visitor();
        var storyForm = await writer.GetDocumentAsync("/r/anxiety/new");
        var submission = storyForm.QuerySelector("input[name='Submission']")!.GetAttribute("value")!;
        const string title = "Three weeks without a drink";
        const string body = "Today was hard, but I went to the meeting & stayed <for> the whole thing.";

        await _cluster.StopAsync();
        try
        {
            // A fresh interval of the outage log, whatever an earlier test in this fixture left counted.
            _factory.Clock.Advance(TimeSpan.FromMinutes(1));
            _factory.Logs.Clear();
            const int presses = 8;
            for (var i = 0; i < presses; i++)
            {
                var response = await writer.PostAsync("/r/anxiety/threads",
                    Form(storyForm, ("Title", title), ("Body", body), ("Submission", submission), ("intent", "post")));
                response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
                response.Headers.RetryAfter.ShouldNotBeNull();
                response.Headers.CacheControl!.NoStore.ShouldBeTrue();
                var page = await response.ParseAsync();
                var form = page.QuerySelector("form[action='/r/anxiety/threads']").ShouldNotBeNull("the words come back in a form that sends them again");
                form.QuerySelector("input[name='Title']")!.GetAttribute("value").ShouldBe(title);
                form.QuerySelector("textarea[name='Body']")!.TextContent.Trim().ShouldBe(body);
                form.QuerySelector("input[name='Submission']")!.GetAttribute("value").ShouldBe(submission, "the same key, so a second send can't post twice");
                page.Body!.TextContent.ShouldContain("nothing you did caused this");
            }
            // Every line written while the database was away, at the levels the app's configuration keeps.
            var lines = _factory.Logs.Messages.ToList();
            lines.Count.ShouldBe(1, "one line for the first refusal, the rest counted: " + string.Join("\n---\n", lines.Take(5)));
            lines[0].ShouldNotContain(title);
            lines[0].ShouldNotContain("   at ", Case.Sensitive, "no stack trace for a database that is simply away");

            _factory.Logs.Clear();
            _factory.Clock.Advance(TimeSpan.FromMinutes(1));
            await writer.PostAsync("/r/anxiety/threads", Form(storyForm, ("Title", title), ("Body", body), ("Submission", submission)));
            _factory.Logs.Messages.Count.ShouldBe(1);
            _factory.Logs.Messages.Single().ShouldContain($"{presses - 1} more");
        }
        finally
        {
            await _cluster.StartAgainAsync();
        }

        // Sent again once the database is back, with the same key: posted once.
        var posted = await writer.PostAsync("/r/anxiety/threads", Form(storyForm, ("Title", title), ("Body", body), ("Submission", submission)));
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    private static FormUrlEncodedContent Form(AngleSharp.Html.Dom.IHtmlDocument page, params (string Name, string Value)[] fields)
    {
        var token = page.QuerySelector("input[name='__form']")!.GetAttribute("value")!;
        return new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__form", token)));
    }

    private static async Task ShouldBeTheKind503PageAsync(HttpResponseMessage response, string what)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable, what);
        response.Headers.RetryAfter.ShouldNotBeNull(what);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Please try again shortly", Case.Sensitive, what);
        html.ShouldContain("href=\"/help\"", Case.Sensitive, what);
        html.ShouldNotContain("Exception", Case.Sensitive, what);
    }

    private static async Task ShouldBeTheCrisisPauseAsync(HttpResponseMessage response, string text)
    {
        var page = await response.ParseAsync();
        page.QuerySelector("h1")!.TextContent.ShouldBe("Before you post");
        page.QuerySelectorAll("input[type=hidden]").Select(i => i.GetAttribute("value")).ShouldContain(text);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
    }
}
