using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Forum.Tests.Infrastructure.Pages;

namespace Forum.Tests.Web;

/// <summary>The composer that notices: a private page with the crisis lines, which never blocks and leaves no trace.</summary>
public sealed class CrisisPauseTests : WebTest
{
    private const string Danger = "Some nights I want to kill myself. Tonight is one of them.";
    private readonly CapturedLogs _logs = new();
    private WebApplicationFactory<Program> _app = null!;

    [OneTimeSetUp]
    public void CaptureEveryLogMessage() =>
        _app = Factory.WithWebHostBuilder(host =>
        {
            // As if an operator turned every log on while chasing a problem.
            host.UseSetting("Logging:LogLevel:Default", "Trace");
            host.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Trace");
            host.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Trace");
            host.ConfigureLogging(logging => logging.AddProvider(_logs));
        });

    [OneTimeTearDown]
    public async Task StopCapturing() => await _app.DisposeAsync();

    private HttpClient Visitor() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private async Task<T> WithDb<T>(Func<Forum.Data.ForumDbContext, Task<T>> read)
    {
        await using var db = TestPostgres.CreateContext(Factory.ConnectionString);
        return await read(db);
    }

    /// <summary>Submits the pause page's own form with one of its two buttons, as a browser would.</summary>
    private static async Task<HttpResponseMessage> ChooseAsync(HttpClient visitor, IHtmlDocument pause, string intent)
    {
        var form = (IHtmlFormElement)pause.QuerySelector(".crisis-pause form")!;
        var fields = form.Elements.OfType<IHtmlInputElement>().Select(i => new KeyValuePair<string, string>(i.Name!, i.Value)).ToList();
        fields.Add(new("intent", intent));
        return await visitor.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));
    }

    [Test]
    public async Task A_story_with_words_of_danger_first_shows_the_crisis_lines_and_leaves_no_trace()
    {
        var visitor = Visitor();
        await visitor.GetAsync("/r/depression/new");
        var before = await DatabaseSnapshot.TakeAsync(Factory.ConnectionString);
        _logs.Clear();

        var response = await visitor.SubmitAsync(Links.NewStory("depression"), Links.RoomStories("depression"),
            [("Title", "I can't see a way out"), ("Body", Danger), ("Warnings", "suicide"), ("intent", "post")]);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        response.Headers.Contains("Set-Cookie").ShouldBeFalse("no pseudonym is made, and no cookie remembers the match");
        var page = await response.ParseAsync();
        page.QuerySelector("h1")!.TextContent.ShouldBe("Before you post");
        page.QuerySelectorAll(".crisis-pause .resource").Length.ShouldBeGreaterThan(3);
        page.QuerySelector(".crisis-pause input[name=Body]")!.GetAttribute("value").ShouldBe(Danger);
        page.QuerySelector(".crisis-pause input[name=Title]")!.GetAttribute("value").ShouldBe("I can't see a way out");
        page.QuerySelector(".crisis-pause input[name=Warnings]")!.GetAttribute("value").ShouldBe("suicide");

        (await DatabaseSnapshot.TakeAsync(Factory.ConnectionString)).ShouldBe(before, "the database holds no trace of the match");
        _logs.Messages.ShouldContain(m => m.Contains("Executing action method"), "detailed logging is on and captured");
        _logs.Messages.ShouldNotContain(m => m.Contains("kill myself") || m.Contains("CrisisPause") || m.Contains("Before you post")
                                             || m.Contains("INSERT") || m.Contains("UPDATE") || m.Contains("DELETE"));
    }

    [Test]
    public async Task Publishing_anyway_posts_the_story_unchanged_and_readers_see_an_ordinary_post()
    {
        var visitor = Visitor();
        var pause = await (await visitor.SubmitAsync(Links.NewStory("depression"), Links.RoomStories("depression"),
            [("Title", "Posting anyway"), ("Body", Danger), ("Warnings", "suicide"), ("WarningLabel", "a bad night")])).ParseAsync();

        var posted = await ChooseAsync(visitor, pause, "post-anyway");

        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var thread = await WithDb(db => db.Stories.SingleAsync(t => t.Title == "Posting anyway"));
        thread.BodySource.ShouldBe(Danger);
        thread.ContentWarnings.ShouldBe(["suicide", "other"]);
        thread.ContentWarningLabel.ShouldBe("a bad night");
        var html = await (await Visitor().GetAsync(posted.Headers.Location!.OriginalString)).Content.ReadAsStringAsync();
        html.ShouldNotContain("Before you post");
        html.ShouldNotContain("crisis-pause");
    }

    [Test]
    public async Task Going_back_to_edit_keeps_the_text_and_the_warnings()
    {
        var visitor = Visitor();
        var pause = await (await visitor.SubmitAsync(Links.NewStory("depression"), Links.RoomStories("depression"),
            [("Title", "Going back"), ("Body", Danger), ("Warnings", "self-harm")])).ParseAsync();

        var back = await ChooseAsync(visitor, pause, "edit");

        back.StatusCode.ShouldBe(HttpStatusCode.OK);
        var composer = await back.ParseAsync();
        composer.QuerySelector(ComposerForm.Body)!.TextContent.ShouldBe(Danger);
        composer.QuerySelector(ComposerForm.Title)!.GetAttribute("value").ShouldBe("Going back");
        composer.QuerySelectorAll(ComposerForm.CheckedWarnings).Select(i => i.GetAttribute("value")).ShouldBe(["self-harm"]);
        (await WithDb(db => db.Stories.CountAsync(t => t.Title == "Going back"))).ShouldBe(0);
    }

    [Test]
    public async Task An_ordinary_story_is_published_straight_away()
    {
        var response = await Visitor().SubmitAsync(Links.NewStory("depression"), Links.RoomStories("depression"),
            [("Title", "A skill I learned"), ("Body", "I'm trying to skill myself up, and I want to diet a bit. Killing time.")]);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Test]
    public async Task A_reply_with_words_of_danger_pauses_too_and_can_be_posted_unchanged()
    {
        var location = await PostStoryAsync(NewVisitor(), Unique("Hard week"), room: "depression");
        var id = location.Id;
        var visitor = Visitor();
        var before = await DatabaseSnapshot.TakeAsync(Factory.ConnectionString);

        var response = await visitor.SubmitAsync(location, Links.Replies(id), [("Body", "Same. I CAN'T GO ON like this.")]);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pause = await response.ParseAsync();
        pause.QuerySelector("h1")!.TextContent.ShouldBe("Before you post");
        (await DatabaseSnapshot.TakeAsync(Factory.ConnectionString)).ShouldBe(before);

        (await ChooseAsync(visitor, pause, "post-anyway")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await WithDb(db => db.Replies.SingleAsync(r => r.StoryId == id))).BodySource.ShouldBe("Same. I CAN'T GO ON like this.");

        var edited = await ChooseAsync(visitor, pause, "edit");
        edited.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await edited.ParseAsync()).QuerySelector(ComposerForm.Body)!.TextContent.ShouldBe("Same. I CAN'T GO ON like this.");
    }

    [Test]
    public async Task Words_of_danger_in_a_title_alone_are_noticed()
    {
        var response = await Visitor().SubmitAsync(Links.NewStory("depression"), Links.RoomStories("depression"),
            [("Title", "I want to end my life"), ("Body", "That's all.")]);
        (await response.ParseAsync()).QuerySelector("h1")!.TextContent.ShouldBe("Before you post");
    }

    [Test]
    public async Task A_post_that_would_be_refused_anyway_is_refused_before_any_pause()
    {
        var response = await Visitor().SubmitAsync(Links.NewStory("depression"), Links.RoomStories("depression"),
            [("Title", "x"), ("Body", Danger)]);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ParseAsync()).QuerySelector(".crisis-pause").ShouldBeNull();
    }

    [Test]
    public async Task Editing_a_post_into_words_of_danger_pauses_the_same_way_and_never_blocks()
    {
        var writer = Visitor();
        var location = await PostStoryAsync(writer, Unique("An ordinary day"), room: "depression");
        var id = location.Id;
        var before = await DatabaseSnapshot.TakeAsync(Factory.ConnectionString);

        var response = await writer.SubmitAsync($"/posts/thread/{id}/edit", $"/posts/thread/{id}/edit",
            [("Title", "Not ordinary after all"), ("Body", Danger), ("Warnings", "suicide")]);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pause = await response.ParseAsync();
        pause.QuerySelector("h1")!.TextContent.ShouldBe("Before you post");
        pause.QuerySelector(".crisis-pause form")!.GetAttribute("action").ShouldBe($"/posts/thread/{id}/edit");
        (await DatabaseSnapshot.TakeAsync(Factory.ConnectionString)).ShouldBe(before);

        var back = await ChooseAsync(writer, pause, "edit");
        back.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await back.ParseAsync()).QuerySelector(ComposerForm.Body)!.TextContent.ShouldBe(Danger);

        (await ChooseAsync(writer, pause, "post-anyway")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var thread = await WithDb(db => db.Stories.SingleAsync(t => t.Id == id));
        (thread.Title, thread.BodySource).ShouldBe(("Not ordinary after all", Danger));
        thread.ContentWarnings.ShouldBe(["suicide"], "the warnings ticked in the edit travel through the pause");
    }
}
