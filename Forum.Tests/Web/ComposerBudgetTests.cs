using AngleSharp.Html.Dom;
using Forum.Tests.Infrastructure.Pages;
using Forum.Web.AntiAbuse;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Forum.Tests.Web;

/// <summary>
/// Only a post actually written spends the posting budget, with the shipped settings: previews, the crisis pause
/// and going back from it, validation errors and bad tokens cost nothing. A limit keeps the words like every other
/// refusal, and words that call for the crisis lines get them before any limit. Each test has its own address.
/// </summary>
[Category("Web")]
public sealed class ComposerBudgetTests
{
    private const string Danger = "Some nights I want to kill myself. Tonight is one of them.";
    private static readonly RateLimitSettings Shipped = new();
    private ForumWebFactory _factory = null!;
    private WebApplicationFactory<Program> _app = null!;

    [OneTimeSetUp]
    public async Task StartApp()
    {
        _factory = await ForumWebFactory.CreateAsync(rateLimits: true);
        _app = TestDevices.On(_factory);
    }

    [OneTimeTearDown]
    public async Task StopApp()
    {
        await _app.DisposeAsync();
        await _factory.DisposeAsync();
    }

    /// <summary>
    /// One composer form, kept between sends the way a browser keeps the page it is on: the same token and the same
    /// submission key each time, with the words as the writer has them now.
    /// </summary>
    private sealed class Composer(HttpClient browser, string action, List<KeyValuePair<string, string>> hidden)
    {
        public static async Task<Composer> OpenAsync(HttpClient browser, string page, string action)
        {
            return new Composer(browser, action, await browser.HiddenFieldsAsync(page, action));
        }

        /// <param name="typed">The writer's fields; one named like a hidden field (a tampered key) takes its place.</param>
        public Task<HttpResponseMessage> SendAsync(string intent, params (string Name, string Value)[] typed) =>
            browser.PostAsync(action, new FormUrlEncodedContent(
                hidden.Where(h => typed.All(t => t.Name != h.Key))
                    .Concat(typed.Select(t => new KeyValuePair<string, string>(t.Name, t.Value))).Append(new("intent", intent))));
    }

    private static async Task ShouldBeThePauseAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.ParseAsync();
        page.QuerySelector("h1")!.TextContent.ShouldBe("Before you post");
        page.QuerySelectorAll(".crisis-pause .resource").Length.ShouldBeGreaterThan(0, "the crisis lines are on the page");
    }

    private static async Task<string> PostStoryAsync(HttpClient browser, string title, string body = "Some words about my week.")
    {
        var composer = await Composer.OpenAsync(browser, "/r/anxiety/new", "/r/anxiety/threads");
        var response = await composer.SendAsync("post", ("Title", title), ("Body", body));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return response.Headers.Location!.OriginalString;
    }

    [Test]
    public async Task A_first_writer_who_pauses_edits_previews_forgets_the_title_and_pauses_again_posts_and_has_spent_one_story()
    {
        var writer = TestDevices.Client(_app, "203.0.113.40");
        var composer = await Composer.OpenAsync(writer, "/r/anxiety/new", "/r/anxiety/threads");
        var title = "A night I got through";

        await ShouldBeThePauseAsync(await composer.SendAsync("post", ("Title", title), ("Body", Danger)));
        (await composer.SendAsync("edit", ("Title", title), ("Body", Danger))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var preview = await composer.SendAsync("preview", ("Title", title), ("Body", Danger));
        preview.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await preview.ParseAsync()).QuerySelector(ComposerForm.Preview).ShouldNotBeNull();
        var forgotTitle = await composer.SendAsync("post", ("Title", ""), ("Body", Danger));
        forgotTitle.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await forgotTitle.ParseAsync()).QuerySelector(ComposerForm.Body)!.TextContent.ShouldBe(Danger);
        (await composer.SendAsync("post", ("Title", title), ("Body", Danger), ("__form", "not-a-token"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await composer.SendAsync("post", ("Title", title), ("Body", Danger), ("Submission", "not-a-key"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await ShouldBeThePauseAsync(await composer.SendAsync("post", ("Title", title), ("Body", Danger)));
        var posted = await composer.SendAsync("post-anyway", ("Title", title), ("Body", Danger));
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect, "eight requests, one story: the limit (5) counts stories, not requests");

        // The same form sent again (a phone resending) lands on the same story and costs nothing more.
        (await composer.SendAsync("post-anyway", ("Title", title), ("Body", Danger))).Headers.Location.ShouldBe(posted.Headers.Location);

        // Only that one story was spent: the rest of the name's budget is still there, and then it is not.
        for (var i = 1; i < Shipped.Stories.PermitLimit; i++) await PostStoryAsync(writer, $"Another story {i}");
        var refusedComposer = await Composer.OpenAsync(writer, "/r/anxiety/new", "/r/anxiety/threads");
        var refused = await refusedComposer.SendAsync("post", ("Title", "One too many"), ("Body", "The words I wrote, still here."));
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter!.Delta!.Value.ShouldBeGreaterThan(TimeSpan.Zero);
        var page = await refused.ParseAsync();
        page.QuerySelector(ComposerForm.Body)!.TextContent.ShouldBe("The words I wrote, still here.");
        page.QuerySelector(ComposerForm.Title)!.GetAttribute("value").ShouldBe("One too many");
        page.QuerySelector(ComposerForm.FormError)!.TextContent.ShouldContain("Your words are still here");
    }

    [Test]
    public async Task Words_that_call_for_the_crisis_lines_get_them_before_a_spent_budget_and_the_refusal_after_keeps_them()
    {
        var writer = TestDevices.Client(_app, "203.0.113.50");
        var story = await PostStoryAsync(writer, "My own story first");
        var storyId = story.Split('/')[2];
        for (var i = 1; i < Shipped.Stories.PermitLimit; i++) await PostStoryAsync(writer, $"Story {i}");

        var composer = await Composer.OpenAsync(writer, "/r/anxiety/new", "/r/anxiety/threads");
        await ShouldBeThePauseAsync(await composer.SendAsync("post", ("Title", "Tonight"), ("Body", Danger)));

        var refused = await composer.SendAsync("post-anyway", ("Title", "Tonight"), ("Body", Danger));
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await refused.ParseAsync()).QuerySelector(ComposerForm.Body)!.TextContent.ShouldBe(Danger);

        // A reply is a different budget: the same words as a reply are paused for, then posted.
        var reply = await Composer.OpenAsync(writer, story, $"/t/{storyId}/replies");
        await ShouldBeThePauseAsync(await reply.SendAsync("post", ("Body", Danger)));
        (await reply.SendAsync("post-anyway", ("Body", Danger))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Test]
    public async Task A_reply_refused_for_the_limit_comes_back_in_its_box_with_a_kind_word_and_nothing_stored()
    {
        var writer = TestDevices.Client(_app, "203.0.113.60");
        var story = await PostStoryAsync(writer, "Somewhere to answer");
        var storyId = story.Split('/')[2];
        for (var i = 0; i < Shipped.Replies.PermitLimit; i++)
        {
            var composer = await Composer.OpenAsync(writer, story, $"/t/{storyId}/replies");
            (await composer.SendAsync("post", ("Body", $"Reply number {i}"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var last = await Composer.OpenAsync(writer, story, $"/t/{storyId}/replies");
        var refused = await last.SendAsync("post", ("Body", "This one waits, <b>kept</b> as I wrote it."));

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        var page = await refused.ParseAsync();
        page.QuerySelector(ComposerForm.Body)!.TextContent.ShouldBe("This one waits, <b>kept</b> as I wrote it.");
        var message = page.QuerySelector(ComposerForm.FormError)!.TextContent;
        message.ShouldContain("has to wait a little");
        message.ShouldContain("about 10 minutes");
        (await writer.GetStringAsync(story)).ShouldNotContain("This one waits");
    }

    [Test]
    public async Task Twenty_sends_of_one_first_reply_at_once_are_all_answered_with_it_and_spend_one_reply_and_one_name()
    {
        var storyWriter = TestDevices.Client(_app, "203.0.113.70");
        var story = await PostStoryAsync(storyWriter, "Answered in a hurry");
        var storyId = story.Split('/')[2];
        var replier = TestDevices.Client(_app, "203.0.113.71");
        var composer = await Composer.OpenAsync(replier, story, $"/t/{storyId}/replies");
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sends = Enumerable.Range(0, 20).Select(_ => Task.Run(async () =>
        {
            await start.Task;
            return await composer.SendAsync("post", ("Body", "Pressed twenty times on a bad connection."));
        })).ToList();
        start.SetResult();
        var responses = await Task.WhenAll(sends);

        responses.Select(r => r.StatusCode).ShouldAllBe(status => status == HttpStatusCode.Redirect, "a double click is not a flood");
        responses.Select(r => r.Headers.Location!.OriginalString).Distinct().Count().ShouldBe(1);

        // One of the name's replies is spent, so the rest of its budget is there, and no more.
        for (var i = 1; i < Shipped.Replies.PermitLimit; i++)
        {
            var next = await Composer.OpenAsync(replier, story, $"/t/{storyId}/replies");
            (await next.SendAsync("post", ("Body", $"Later reply {i}"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }
        var over = await Composer.OpenAsync(replier, story, $"/t/{storyId}/replies");
        (await over.SendAsync("post", ("Body", "One past the budget"))).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }
}
