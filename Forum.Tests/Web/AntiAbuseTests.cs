using Forum.Web.AntiAbuse;
using Microsoft.EntityFrameworkCore;
using Forum.Tests.Infrastructure.Pages;
using Forum.Domain.Reactions;

namespace Forum.Tests.Web;

/// <summary>Held posts, the honeypot and the double-post guard, with rate limits off as in every other web test.</summary>
public sealed class AntiAbuseTests : ModerationWebTest
{
    [Test]
    public async Task A_story_with_a_watched_phrase_waits_for_review_seen_only_by_its_writer_until_approved()
    {
        var writer = NewVisitor();
        var title = Unique("Feeling better");
        var location = await PostStoryAsync(writer, title, "Honestly just BUY  now from my shop");
        var storyId = StoryIdOf(location);

        (await writer.GetDocumentAsync(location)).QuerySelector(StoryPage.StoryHeldNote)!.TextContent.ShouldContain("waiting for a moderator");
        (await NewVisitor().GetAsync(location)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await NewVisitor().GetDocumentAsync("/r/anxiety")).QuerySelectorAll("a.thread-title").Select(a => a.TextContent).ShouldNotContain(title);
        (await WithDb(db => db.Stories.Where(t => t.Id == storyId).Select(t => t.IsPublic).SingleAsync())).ShouldBeFalse();

        var moderator = await Factory.SignedInModeratorAsync();
        (await moderator.GetDocumentAsync("/mod")).QuerySelectorAll(ModeratedPostPage.HeldLinks).Select(a => a.GetAttribute("href")).ShouldContain($"/mod/threads/{storyId}");
        (await ModerateAsync(moderator, $"/mod/threads/{storyId}", Links.Mod.Approve(PostKind.Story, storyId), "Joke about shopping, fine")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await NewVisitor().GetDocumentAsync("/r/anxiety")).QuerySelectorAll("a.thread-title").Select(a => a.TextContent).ShouldContain(title);
    }

    [Test]
    public async Task A_held_reply_is_shown_only_to_its_writer_and_a_rejected_one_never_reaches_anyone()
    {
        var story = await StoryAsync("Held reply");
        var spammer = NewVisitor();
        var response = await spammer.SubmitAsync(story.Location, Links.Replies(story.StoryId), new Dictionary<string, string> { ["Body"] = "Cheap pills, message me on WhatsApp" });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var replyId = long.Parse(response.Headers.Location!.OriginalString.Split("#reply-")[1]);

        (await spammer.GetDocumentAsync(story.Location)).QuerySelector(StoryPage.ReplyHeldNote(replyId)).ShouldNotBeNull();
        var public_ = await NewVisitor().GetDocumentAsync(story.Location);
        public_.QuerySelector(StoryPage.Reply(replyId)).ShouldBeNull();
        public_.QuerySelector(StoryPage.RepliesHeading)!.TextContent.ShouldBe("1 reply");

        var moderator = await Factory.SignedInModeratorAsync();
        (await ModerateAsync(moderator, $"/mod/replies/{replyId}", Links.Mod.Reject(PostKind.Reply, replyId), "Spam")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await NewVisitor().GetDocumentAsync(story.Location)).QuerySelector(StoryPage.Reply(replyId)).ShouldBeNull();
        (await moderator.GetDocumentAsync("/mod")).QuerySelectorAll(ModeratedPostPage.HeldLinks).Select(a => a.GetAttribute("href")).ShouldNotContain($"/mod/replies/{replyId}");
    }

    [Test]
    public async Task Approving_a_held_reply_counts_it_on_the_story()
    {
        var story = await StoryAsync("Approve reply");
        var response = await NewVisitor().SubmitAsync(story.Location, Links.Replies(story.StoryId), new Dictionary<string, string> { ["Body"] = "Is this a guaranteed cure?" });
        var replyId = long.Parse(response.Headers.Location!.OriginalString.Split("#reply-")[1]);
        var moderator = await Factory.SignedInModeratorAsync();

        (await ModerateAsync(moderator, $"/mod/replies/{replyId}", Links.Mod.Approve(PostKind.Reply, replyId), "A question, not a claim")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await NewVisitor().GetDocumentAsync(story.Location);
        page.QuerySelector(StoryPage.Reply(replyId)).ShouldNotBeNull();
        page.QuerySelector(StoryPage.RepliesHeading)!.TextContent.ShouldBe("2 replies");
    }

    [Test]
    public async Task A_story_edited_to_carry_a_watched_phrase_waits_for_review_again()
    {
        var writer = NewVisitor();
        var title = Unique("Ordinary at first");
        var location = await PostStoryAsync(writer, title, "Just checking in.");
        var storyId = StoryIdOf(location);
        (await NewVisitor().GetAsync(location)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var edited = await writer.SubmitAsync($"/posts/thread/{storyId}/edit", $"/posts/thread/{storyId}/edit",
            new Dictionary<string, string> { ["Title"] = title, ["Body"] = "Now BUY now from my shop" });
        edited.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await NewVisitor().GetAsync(location)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await writer.GetDocumentAsync(location)).QuerySelector(StoryPage.StoryHeldNote).ShouldNotBeNull();
    }

    [Test]
    public async Task A_reply_edited_to_carry_a_watched_phrase_leaves_view_and_the_count_until_approved_once()
    {
        var story = await StoryAsync("Reply edited into spam");
        var writer = NewVisitor();
        var response = await writer.SubmitAsync(story.Location, Links.Replies(story.StoryId), new Dictionary<string, string> { ["Body"] = "Thank you for writing this." });
        var replyId = long.Parse(response.Headers.Location!.OriginalString.Split("#reply-")[1]);
        (await NewVisitor().GetDocumentAsync(story.Location)).QuerySelector(StoryPage.RepliesHeading)!.TextContent.ShouldBe("2 replies");

        var edited = await writer.SubmitAsync($"/posts/reply/{replyId}/edit", $"/posts/reply/{replyId}/edit",
            new Dictionary<string, string> { ["Body"] = "Actually, message me on WhatsApp" });
        edited.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var public_ = await NewVisitor().GetDocumentAsync(story.Location);
        public_.QuerySelector(StoryPage.Reply(replyId)).ShouldBeNull();
        public_.QuerySelector(StoryPage.RepliesHeading)!.TextContent.ShouldBe("1 reply");
        (await writer.GetDocumentAsync(story.Location)).QuerySelector(StoryPage.ReplyHeldNote(replyId)).ShouldNotBeNull();

        var moderator = await Factory.SignedInModeratorAsync();
        (await ModerateAsync(moderator, $"/mod/replies/{replyId}", Links.Mod.Approve(PostKind.Reply, replyId), "A contact offer, but harmless")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await NewVisitor().GetDocumentAsync(story.Location)).QuerySelector(StoryPage.RepliesHeading)!.TextContent.ShouldBe("2 replies");
    }

    [Test]
    public async Task A_filled_honeypot_is_refused_and_stores_nothing_while_the_empty_one_is_harmless()
    {
        var bot = NewVisitor();
        var before = await WithDb(db => db.Stories.CountAsync());
        var refused = await bot.SubmitAsync(Links.NewStory("anxiety"), Links.RoomStories("anxiety"),
            new Dictionary<string, string> { ["Title"] = "Great offer", ["Body"] = "Words", [Honeypot.FieldName] = "http://spam.example" });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await WithDb(db => db.Stories.CountAsync())).ShouldBe(before);

        var composer = await NewVisitor().GetDocumentAsync("/r/anxiety/new");
        var field = composer.QuerySelector($"input[name={Honeypot.FieldName}]")!;
        (field.GetAttribute("tabindex"), field.ParentElement!.GetAttribute("aria-hidden")).ShouldBe(("-1", "true"));
        await PostStoryAsync(NewVisitor(), Unique("A person"));
        (await WithDb(db => db.Stories.CountAsync())).ShouldBe(before + 1);
    }

    [Test]
    public async Task The_same_reply_sent_twice_in_a_row_is_kept_once_but_again_later_is_a_new_reply()
    {
        var story = await StoryAsync("Double click");
        var fields = new Dictionary<string, string> { ["Body"] = "Sending this twice by accident." };

        var first = await story.Writer.SubmitAsync(story.Location, Links.Replies(story.StoryId), fields);
        var second = await story.Writer.SubmitAsync(story.Location, Links.Replies(story.StoryId), fields);

        second.Headers.Location.ShouldBe(first.Headers.Location);
        (await WithDb(db => db.Replies.CountAsync(r => r.StoryId == story.StoryId))).ShouldBe(2);
        (await WithDb(db => db.Stories.Where(t => t.Id == story.StoryId).Select(t => t.ReplyCount).SingleAsync())).ShouldBe(2);

        Factory.Clock.Advance(TimeSpan.FromMinutes(6));
        (await story.Writer.SubmitAsync(story.Location, Links.Replies(story.StoryId), fields)).Headers.Location.ShouldNotBe(first.Headers.Location);
        (await WithDb(db => db.Replies.CountAsync(r => r.StoryId == story.StoryId))).ShouldBe(3);
    }

    [Test]
    public async Task The_same_story_sent_twice_in_a_row_is_kept_once()
    {
        var writer = NewVisitor();
        var title = Unique("Twice");
        var first = await PostStoryAsync(writer, title, "Same words.");
        var second = await PostStoryAsync(writer, title, "Same words.");

        second.ShouldBe(first);
        (await WithDb(db => db.Stories.CountAsync(t => t.Title == title))).ShouldBe(1);
    }
}
