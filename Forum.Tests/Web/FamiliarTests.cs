using System.Net.Http.Headers;
using System.Text.Json;
using Forum.Data;
using Microsoft.EntityFrameworkCore;
using Forum.Tests.Infrastructure.Pages;

namespace Forum.Tests.Web;

public sealed class FamiliarTests : WebTest
{
    private async Task<T> WithDb<T>(Func<ForumDbContext, Task<T>> work)
    {
        await using var db = TestPostgres.CreateContext(Factory.ConnectionString);
        return await work(db);
    }

    /// <summary>A story with one reply; returns the thread's address and ids.</summary>
    private async Task<(string Location, long StoryId, long ReplyId)> StoryWithReplyAsync(string title)
    {
        var location = await PostStoryAsync(NewVisitor(), Unique(title));
        var storyId = location.Id;
        var reply = await NewVisitor().SubmitAsync(location, Links.Replies(storyId), new Dictionary<string, string> { ["Body"] = "Me too, every word." });
        var replyId = long.Parse(reply.Headers.Location!.OriginalString.Split("#reply-")[1]);
        return (location, storyId, replyId);
    }

    private static Task<string> TokenAsync(HttpClient visitor, string page) => visitor.TokenAsync(page);

    [Test]
    public async Task Without_javascript_a_first_press_mints_a_name_counts_and_comes_back_to_the_story()
    {
        var (location, storyId, _) = await StoryWithReplyAsync("The weight of mornings");
        var reader = NewVisitor();
        var before = await reader.GetDocumentAsync(location);
        before.QuerySelector("[data-familiar-note]")!.TextContent.ShouldContain("gives you a random name");
        before.QuerySelector($"form[action='/posts/thread/{storyId}/familiar'] button")!.GetAttribute("aria-pressed").ShouldBe("false");
        var pseudonymsBefore = await WithDb(db => db.Pseudonyms.CountAsync());

        var response = await reader.SubmitAsync(location, $"/posts/thread/{storyId}/familiar", new Dictionary<string, string>());

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe(location + "#story");
        response.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith("forum_pseudonym="));
        response.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith("forum_notice="), "the one-time note, under the name /privacy gives it");
        (await WithDb(db => db.Pseudonyms.CountAsync())).ShouldBe(pseudonymsBefore + 1);

        var after = await reader.GetDocumentAsync(location);
        var form = after.QuerySelector($"form[action='/posts/thread/{storyId}/familiar']")!;
        form.QuerySelector("button")!.GetAttribute("aria-pressed").ShouldBe("true");
        form.QuerySelector("input[name=familiar]")!.GetAttribute("value").ShouldBe("false");
        form.QuerySelector("[data-familiar-count]")!.TextContent.ShouldBe("1 person found this familiar");
        var name = after.QuerySelector(ComposerForm.WritingAs)!.TextContent;
        after.QuerySelector("[data-familiar-note]")!.TextContent.ShouldBe($"You're now {name} here: a random name we made for you, kept in this browser.");

        (await reader.GetDocumentAsync(location)).QuerySelector("[data-familiar-note]").ShouldBeNull("the new name is mentioned once");

        var takeBack = await reader.SubmitAsync(location, $"/posts/thread/{storyId}/familiar", new Dictionary<string, string>());
        takeBack.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var taken = (await reader.GetDocumentAsync(location)).QuerySelector($"form[action='/posts/thread/{storyId}/familiar']")!;
        taken.QuerySelector("button")!.GetAttribute("aria-pressed").ShouldBe("false");
        taken.QuerySelector("[data-familiar-count]")!.TextContent.ShouldBe("");
        (await WithDb(db => db.Pseudonyms.CountAsync())).ShouldBe(pseudonymsBefore + 1, "the same name, not another one");
    }

    [Test]
    public async Task A_press_on_a_reply_returns_to_that_reply_on_the_same_page_and_a_double_submit_counts_once()
    {
        var (location, _, replyId) = await StoryWithReplyAsync("Counting the days");
        var page = location + "?after=0"; // a later page of replies: the story's body and its button are not on it
        var reader = NewVisitor();
        var document = await reader.GetDocumentAsync(page);
        document.QuerySelector("form[action^='/posts/thread/']").ShouldBeNull();
        var token = await reader.TokenAsync(page);
        var fields = new Dictionary<string, string> { ["__form"] = token, ["familiar"] = "true", ["after"] = "0" };

        var first = await reader.PostAsync($"/posts/reply/{replyId}/familiar", new FormUrlEncodedContent(fields));
        var second = await reader.PostAsync($"/posts/reply/{replyId}/familiar", new FormUrlEncodedContent(fields));

        first.Headers.Location!.OriginalString.ShouldBe($"{page}#reply-{replyId}");
        second.Headers.Location!.OriginalString.ShouldBe($"{page}#reply-{replyId}");
        (await reader.GetDocumentAsync(page)).QuerySelector($"#reply-{replyId} [data-familiar-count]")!.TextContent.ShouldBe("1 person found this familiar");
        (await WithDb(db => db.Reactions.CountAsync(r => r.PostId == replyId))).ShouldBe(1);
    }

    [Test]
    public async Task With_javascript_the_answer_is_json_with_the_count_in_words()
    {
        var (location, storyId, _) = await StoryWithReplyAsync("Small wins");
        var counts = new List<int>();
        foreach (var i in Enumerable.Range(0, 3))
        {
            var visitor = NewVisitor();
            var request = new HttpRequestMessage(HttpMethod.Post, $"/posts/thread/{storyId}/familiar")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__form"] = await TokenAsync(visitor, location), ["familiar"] = "true" }),
            };
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            var response = await visitor.SendAsync(request);

            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var answer = json.RootElement;
            answer.GetProperty("reacted").GetBoolean().ShouldBeTrue();
            counts.Add(answer.GetProperty("count").GetInt32());
            answer.GetProperty("note").GetString()!.ShouldStartWith("You're now ");
            if (i == 2)
            {
                answer.GetProperty("countText").GetString().ShouldBe("3 people found this familiar");
                answer.GetProperty("announcement").GetString()!.ShouldContain("3 people found this familiar, you included");
            }
        }
        counts.ShouldBe([1, 2, 3]);
    }

    [Test]
    public async Task Nobody_is_shown_who_reacted()
    {
        var writer = NewVisitor();
        var location = await PostStoryAsync(writer, Unique("Who saw this"));
        var storyId = location.Id;
        var reader = NewVisitor();
        await reader.SubmitAsync(location, $"/t/{storyId}/replies", new Dictionary<string, string> { ["Body"] = "Hello." });
        var readerName = (await reader.GetDocumentAsync(location)).QuerySelector(ComposerForm.WritingAs)!.TextContent;
        await reader.SubmitAsync(location, $"/posts/thread/{storyId}/familiar", new Dictionary<string, string>());

        var seenByWriter = await (await writer.GetAsync(location)).Content.ReadAsStringAsync();
        seenByWriter.ShouldContain("1 person found this familiar");
        seenByWriter.Split(readerName).Length.ShouldBe(2, "the reader's name appears once, on their reply, and nowhere beside the reaction");
    }

    [TestCase("/posts/story/1/familiar", HttpStatusCode.NotFound)]
    [TestCase("/posts/Story/1/familiar", HttpStatusCode.NotFound)]
    [TestCase("/posts/thread/not-a-number/familiar", HttpStatusCode.NotFound)]
    [TestCase("/posts/thread/99999999/familiar", HttpStatusCode.NotFound)]
    [TestCase("/posts/reply/99999999/familiar", HttpStatusCode.NotFound)]
    public async Task Unknown_kinds_and_posts_are_not_found_and_mint_nothing(string action, HttpStatusCode expected)
    {
        var visitor = NewVisitor();
        var token = await TokenAsync(visitor, "/r/anxiety/new");
        var pseudonyms = await WithDb(db => db.Pseudonyms.CountAsync());

        var response = await visitor.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string> { ["__form"] = token, ["familiar"] = "true" }));

        response.StatusCode.ShouldBe(expected);
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
        (await WithDb(db => db.Pseudonyms.CountAsync())).ShouldBe(pseudonyms);
    }

    [TestCase("maybe")]
    [TestCase("")]
    public async Task A_press_that_does_not_say_which_way_is_refused(string value)
    {
        var (location, storyId, _) = await StoryWithReplyAsync("Unclear");
        var visitor = NewVisitor();
        var response = await visitor.PostAsync($"/posts/thread/{storyId}/familiar",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__form"] = await TokenAsync(visitor, location), ["familiar"] = value }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await WithDb(db => db.Reactions.CountAsync(r => r.PostId == storyId))).ShouldBe(0);
    }

    [Test]
    public async Task A_press_without_the_antiforgery_token_is_refused()
    {
        var (_, storyId, _) = await StoryWithReplyAsync("Forged press");
        var response = await NewVisitor().PostAsync($"/posts/thread/{storyId}/familiar",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["familiar"] = "true" }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await WithDb(db => db.Reactions.CountAsync(r => r.PostId == storyId))).ShouldBe(0);
    }

    [Test]
    public async Task A_press_on_a_removed_reply_answers_as_one_on_a_missing_reply_and_changes_nothing()
    {
        var (location, _, replyId) = await StoryWithReplyAsync("Then removed");
        var visitor = NewVisitor();
        var token = await TokenAsync(visitor, location);
        await TestPostgres.ExecuteAsync(Factory.ConnectionString, $"UPDATE replies SET removed_at = now() WHERE id = {replyId}");
        var pseudonyms = await WithDb(db => db.Pseudonyms.CountAsync());

        var response = await visitor.PostAsync($"/posts/reply/{replyId}/familiar",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__form"] = token, ["familiar"] = "true" }));

        // Saying "removed" would tell anyone which ids were removed; HiddenPostDoorsTests compares the whole page.
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
        (await WithDb(db => db.Pseudonyms.CountAsync())).ShouldBe(pseudonyms);
        (await WithDb(db => db.Replies.Where(r => r.Id == replyId).Select(r => r.FamiliarCount).SingleAsync())).ShouldBe(0);
        (await visitor.GetDocumentAsync(location)).QuerySelector($"#reply-{replyId} form").ShouldBeNull("a removed reply has no button");
    }
}
