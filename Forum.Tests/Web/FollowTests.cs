using System.Net;
using AngleSharp.Html.Dom;
using Forum.Tests.Infrastructure;
using Forum.Tests.Infrastructure.Pages;
using Microsoft.EntityFrameworkCore;

namespace Forum.Tests.Web;

/// <summary>
/// Repliers hear back: replying to a story, or pressing "Follow this story", brings the replies written after it
/// to that name's inbox; only replies anyone may read, never one's own.
/// </summary>
public sealed class FollowTests : WebTest
{
    private static long StoryId(StoryRef story) => story.Id;

    private async Task<long> ReplyAsync(HttpClient visitor, StoryRef story, string body)
    {
        var response = await visitor.SubmitAsync(story, Links.Replies(StoryId(story)), new Dictionary<string, string> { ["Body"] = body });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return long.Parse(response.Headers.Location!.OriginalString.Split("#reply-")[1]);
    }

    private Task<HttpResponseMessage> FollowAsync(HttpClient visitor, StoryRef story, bool follow = true) =>
        visitor.SubmitAsync(Links.Story(story.Id, story.Slug, write: true), Links.Follow(StoryId(story)), new Dictionary<string, string> { ["follow"] = follow ? "true" : "false" });

    private static async Task<List<IHtmlListItemElement>> InboxAsync(HttpClient visitor) =>
        (await visitor.GetDocumentAsync("/me")).QuerySelectorAll("#inbox ul.inbox li").OfType<IHtmlListItemElement>().ToList();

    private static bool Lists(IEnumerable<IHtmlListItemElement> inbox, long replyId) =>
        inbox.Any(item => item.QuerySelector("a")!.GetAttribute("href")!.EndsWith($"#reply-{replyId}"));

    [Test]
    public async Task A_replier_hears_of_the_replies_written_after_theirs_and_not_of_their_own_or_earlier_ones()
    {
        var story = await PostStoryAsync(NewVisitor(), Unique("Six months without a drink"));
        var early = await ReplyAsync(NewVisitor(), story, "Well done, truly.");
        var replier = NewVisitor();
        var mine = await ReplyAsync(replier, story, "Month two was the hardest for me. How was it for you?");
        var answer = await ReplyAsync(NewVisitor(), story, "Month two, same here. Evenings mostly.");

        var inbox = await InboxAsync(replier);
        Lists(inbox, answer).ShouldBeTrue("a reply after theirs comes to the replier's inbox");
        Lists(inbox, mine).ShouldBeFalse("never their own reply");
        Lists(inbox, early).ShouldBeFalse("replies from before they joined in are not news to them");
        inbox.Single().TextContent.ShouldContain("a story you follow");
        inbox.Single().ClassList.ShouldContain("new");
        (await replier.GetDocumentAsync("/")).QuerySelector(".unread")!.TextContent.ShouldStartWith("1 new reply");
    }

    [Test]
    public async Task Pressing_follow_brings_later_listed_replies_and_stopping_brings_no_more()
    {
        var story = await PostStoryAsync(NewVisitor(), Unique("Telling my parents"));
        var reader = NewVisitor();
        var followed = await FollowAsync(reader, story);
        followed.StatusCode.ShouldBe(HttpStatusCode.Redirect, await followed.Content.ReadAsStringAsync());
        var page = await reader.GetDocumentAsync(followed.Headers.Location!.OriginalString);
        page.QuerySelector(StoryPage.ReportThanks)!.TextContent.ShouldContain("You're following this story");
        page.QuerySelector(".new-name [data-recovery-key]").ShouldNotBeNull("following made a name, with its key");
        page.QuerySelector(".follow button")!.TextContent.ShouldBe("Stop following");

        var listed = await ReplyAsync(NewVisitor(), story, "I told mine last spring. It went better than I feared.");
        var deleter = NewVisitor();
        var deleted = await ReplyAsync(deleter, story, "Never mind what I said.");
        (await deleter.SubmitAsync(Links.DeletePost(Forum.Domain.Stories.PostKind.Reply, deleted), Links.DeletePost(Forum.Domain.Stories.PostKind.Reply, deleted),
            new Dictionary<string, string> { ["confirm"] = "true" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var held = await ReplyAsync(NewVisitor(), story, "Cheap pills, no prescription needed, buy now.");

        var inbox = await InboxAsync(reader);
        Lists(inbox, listed).ShouldBeTrue();
        Lists(inbox, deleted).ShouldBeFalse("a reply its writer took back is not listed");
        Lists(inbox, held).ShouldBeFalse("a reply waiting for a moderator is not listed");

        (await FollowAsync(reader, story, follow: false)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await ReplyAsync(NewVisitor(), story, "Thinking of you.");
        Lists(await InboxAsync(reader), after).ShouldBeFalse("nothing more after stopping");
        (await reader.GetDocumentAsync(story)).QuerySelector(".follow button")!.TextContent.ShouldBe("Follow this story");
    }

    [Test]
    public async Task Following_twice_keeps_one_follow_and_a_story_writer_is_not_offered_their_own()
    {
        var writer = NewVisitor();
        var story = await PostStoryAsync(writer, Unique("One follow is enough"));
        (await writer.GetDocumentAsync(story)).QuerySelector(".follow").ShouldBeNull("replies to their own story come already");

        var reader = NewVisitor();
        (await FollowAsync(reader, story)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await FollowAsync(reader, story)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = TestPostgres.CreateContext(Factory.ConnectionString);
        (await db.Follows.CountAsync(f => f.StoryId == StoryId(story))).ShouldBe(1);
    }

    [TestCase("banana")]
    [TestCase("")]
    [TestCase("true,false")]
    public async Task A_follow_that_is_neither_on_nor_off_is_refused(string value)
    {
        var story = await PostStoryAsync(NewVisitor(), Unique("Hostile follow"));
        var visitor = NewVisitor();
        var response = await visitor.PostWithTokenAsync(story, Links.Follow(StoryId(story)), new Dictionary<string, string> { ["follow"] = value });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Headers.Contains("Set-Cookie").ShouldBeFalse("no name is made for a refused press");
    }

    [Test]
    public async Task A_follow_without_its_form_token_or_for_a_missing_story_changes_nothing()
    {
        var story = await PostStoryAsync(NewVisitor(), Unique("Forged follow"));
        var forged = await NewVisitor().PostAsync(Links.Follow(StoryId(story)), new FormUrlEncodedContent(new Dictionary<string, string> { ["follow"] = "true" }));
        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var missing = await NewVisitor().PostWithTokenAsync(story, Links.Follow(987_654_321), new Dictionary<string, string> { ["follow"] = "true" });
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        missing.Headers.Contains("Set-Cookie").ShouldBeFalse();

        var huge = await NewVisitor().PostWithTokenAsync(story, Links.Follow(StoryId(story)), new Dictionary<string, string> { ["follow"] = new string('x', 100_000) });
        huge.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await using var db = TestPostgres.CreateContext(Factory.ConnectionString);
        (await db.Follows.CountAsync(f => f.StoryId == StoryId(story))).ShouldBe(0);
    }
}
