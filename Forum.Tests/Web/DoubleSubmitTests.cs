using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace Forum.Tests.Web;

/// <summary>
/// One form sent many times at the same instant (a double click, a phone resending on a bad network) writes one
/// post, and every send is answered with that post: acknowledged equals stored.
/// </summary>
public sealed class DoubleSubmitTests : WebTest
{
    private const int Sends = 20;

    /// <summary>The form's own fields (its antiforgery token and submission key among them) plus what the writer typed.</summary>
    private static async Task<List<KeyValuePair<string, string>>> FilledFormAsync(HttpClient browser, string page, string action, Dictionary<string, string> typed)
    {
        var form = (await browser.GetDocumentAsync(page)).Forms.Single(f => f.GetAttribute("action") == action);
        return form.Elements.OfType<IHtmlInputElement>()
            .Where(input => input.Type == "hidden" && !typed.ContainsKey(input.Name!))
            .Select(input => new KeyValuePair<string, string>(input.Name!, input.Value))
            .Concat(typed)
            .ToList();
    }

    private static async Task<HttpResponseMessage[]> SendAtOnceAsync(HttpClient browser, string action, List<KeyValuePair<string, string>> fields)
    {
        // Every send waits on one gate without holding a thread, then all go at once.
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sends = Enumerable.Range(0, Sends).Select(_ => Task.Run(async () =>
        {
            await start.Task;
            return await browser.PostAsync(action, new FormUrlEncodedContent(fields));
        })).ToList();
        start.SetResult();
        return await Task.WhenAll(sends);
    }

    [Test]
    public async Task Twenty_sends_of_a_first_story_write_one_story_under_one_new_name_and_all_are_answered_with_it()
    {
        var browser = NewVisitor();
        var title = Unique("Sent twenty times at once");
        var fields = await FilledFormAsync(browser, "/r/anxiety/new", "/r/anxiety/threads",
            new() { ["Title"] = title, ["Body"] = "My first story here. I pressed the button again because nothing happened." });
        var namesBefore = await InDatabaseAsync(db => db.Pseudonyms.CountAsync());

        var responses = await SendAtOnceAsync(browser, "/r/anxiety/threads", fields);

        responses.Select(r => r.StatusCode).ShouldAllBe(status => status == HttpStatusCode.Redirect);
        responses.Select(r => r.Headers.Location!.OriginalString).Distinct().Count().ShouldBe(1, "every send lands on the same story");
        (await InDatabaseAsync(db => db.Stories.CountAsync(t => t.Title == title))).ShouldBe(1);
        (await InDatabaseAsync(db => db.Pseudonyms.CountAsync())).ShouldBe(namesBefore + 1, "one name was made, not one per send");
        responses.Count(r => r.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("forum_pseudonym=")))
            .ShouldBe(1, "only the send that wrote the story gives the browser its name");
        (await browser.GetDocumentAsync(responses[0].Headers.Location!.OriginalString)).QuerySelector(".story .own-actions")
            .ShouldNotBeNull("the browser holds the name that wrote it, so it can still edit and delete it");
    }

    [Test]
    public async Task Twenty_sends_of_one_reply_write_one_reply_and_count_it_once()
    {
        var story = await PostStoryAsync(NewVisitor(), Unique("A story that gets a hurried reply"));
        var id = story.Id;
        var replier = NewVisitor();
        await PostStoryAsync(replier, Unique("The replier's own story, so they hold a name"));
        var body = Unique("This feels so familiar. Sending this twice by accident.");
        var fields = await FilledFormAsync(replier, story, $"/t/{id}/replies", new() { ["Body"] = body });

        var responses = await SendAtOnceAsync(replier, $"/t/{id}/replies", fields);

        responses.Select(r => r.StatusCode).ShouldAllBe(status => status == HttpStatusCode.Redirect);
        responses.Select(r => r.Headers.Location!.OriginalString).Distinct().Count().ShouldBe(1);
        (await InDatabaseAsync(db => db.Replies.CountAsync(r => r.BodySource == body))).ShouldBe(1);
        (await InDatabaseAsync(db => db.Stories.Where(t => t.Id == id).Select(t => t.ReplyCount).SingleAsync())).ShouldBe(1);
    }

    [Test]
    public async Task Two_forms_with_the_same_words_are_two_posts_when_they_are_really_two_sends()
    {
        var browser = NewVisitor();
        await PostStoryAsync(browser, Unique("A name first"));
        var body = "Still here.";
        var first = await FilledFormAsync(browser, "/r/anxiety/new", "/r/anxiety/threads", new() { ["Title"] = Unique("Day one"), ["Body"] = body });
        var second = await FilledFormAsync(browser, "/r/anxiety/new", "/r/anxiety/threads", new() { ["Title"] = Unique("Day two"), ["Body"] = body });
        first.Single(f => f.Key == "Submission").Value.ShouldNotBe(second.Single(f => f.Key == "Submission").Value, "each form gets its own key");

        var one = await browser.PostAsync("/r/anxiety/threads", new FormUrlEncodedContent(first));
        var two = await browser.PostAsync("/r/anxiety/threads", new FormUrlEncodedContent(second));
        one.Headers.Location!.OriginalString.ShouldNotBe(two.Headers.Location!.OriginalString);
    }
}
