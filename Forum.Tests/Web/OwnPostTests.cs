using Forum.Data;
using Microsoft.EntityFrameworkCore;
using Forum.Tests.Infrastructure.Pages;

namespace Forum.Tests.Web;

/// <summary>Writers editing and deleting their own posts, the inbox, and the original poster's mark.</summary>
public sealed class OwnPostTests : WebTest
{
    private async Task<T> WithDb<T>(Func<ForumDbContext, Task<T>> read)
    {
        await using var db = TestPostgres.CreateContext(Factory.ConnectionString);
        return await read(db);
    }

    private static long Id(StoryRef story) => story.Id;

    private async Task<long> ReplyAsync(HttpClient visitor, StoryRef story, string body)
    {
        var response = await visitor.SubmitAsync(story, Links.Replies(story.Id), new Dictionary<string, string> { ["Body"] = body });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return long.Parse(response.Headers.Location!.OriginalString.Split("#reply-")[1]);
    }

    [Test]
    public async Task A_writer_edits_their_story_it_is_rendered_again_and_shown_as_edited()
    {
        var writer = NewVisitor();
        var story = await PostStoryAsync(writer, Unique("First draft"), "Plain words.");
        var newTitle = Unique("Second draft");

        var response = await writer.SubmitAsync($"/posts/thread/{Id(story)}/edit", $"/posts/thread/{Id(story)}/edit",
            new Dictionary<string, string> { ["Title"] = newTitle, ["Body"] = "Now with **bold** and <script>alert(1)</script>." });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await writer.GetDocumentAsync(response.Headers.Location!.OriginalString);
        page.QuerySelector("h1")!.TextContent.ShouldBe(newTitle);
        page.QuerySelector(".story .post-body strong")!.TextContent.ShouldBe("bold");
        page.QuerySelector(".story .post-body script").ShouldBeNull();
        page.QuerySelector(".story .edited").ShouldNotBeNull();
        (await WithDb(db => db.Stories.SingleAsync(t => t.Id == Id(story)))).EditedAt.ShouldNotBeNull();
    }

    [Test]
    public async Task The_post_edited_is_the_one_in_the_address_whatever_the_form_says()
    {
        var writer = NewVisitor();
        var first = await PostStoryAsync(writer, Unique("Addressed story"), "Left alone.");
        var second = await PostStoryAsync(writer, Unique("Other story"), "Also mine, and also left alone.");
        var title = Unique("Changed through the address");

        var response = await writer.SubmitAsync($"/posts/thread/{Id(first)}/edit", $"/posts/thread/{Id(first)}/edit",
            new Dictionary<string, string> { ["Title"] = title, ["Body"] = "Changed.", ["id"] = Id(second).ToString(), ["kind"] = "reply" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await WithDb(db => db.Stories.SingleAsync(t => t.Id == Id(first)))).Title.ShouldBe(title);
        (await WithDb(db => db.Stories.SingleAsync(t => t.Id == Id(second)))).BodySource.ShouldBe("Also mine, and also left alone.");
    }

    [Test]
    public async Task An_edit_that_breaks_a_rule_is_refused_with_the_text_kept_and_nothing_changed()
    {
        var writer = NewVisitor();
        var title = Unique("Unchanged");
        var story = await PostStoryAsync(writer, title, "Original.");
        foreach (var (newTitle, body, message) in new[]
                 {
                     ("", "Fine body", "Give your story a title"),
                     (title, "", "Write a few words first"),
                     (title, new string('x', 40_001), "longer than the 40,000 characters"),
                 })
        {
            var response = await writer.SubmitAsync($"/posts/thread/{Id(story)}/edit", $"/posts/thread/{Id(story)}/edit",
                new Dictionary<string, string> { ["Title"] = newTitle, ["Body"] = body });
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await response.ParseAsync()).QuerySelectorAll(ComposerForm.AnyFieldError).Select(e => e.TextContent).ShouldContain(m => m.Contains(message));
        }
        var stored = await WithDb(db => db.Stories.SingleAsync(t => t.Id == Id(story)));
        (stored.Title, stored.BodySource, stored.EditedAt).ShouldBe((title, "Original.", (DateTimeOffset?)null));
    }

    [Test]
    public async Task A_writer_edits_and_deletes_their_reply_and_the_thread_shows_a_placeholder()
    {
        var starter = NewVisitor();
        var story = await PostStoryAsync(starter, Unique("Replies get edited"));
        var writer = NewVisitor();
        var replyId = await ReplyAsync(writer, story, "First version.");

        (await writer.SubmitAsync($"/posts/reply/{replyId}/edit", $"/posts/reply/{replyId}/edit",
            new Dictionary<string, string> { ["Body"] = "Second version." })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await writer.GetDocumentAsync(story);
        page.QuerySelector($"#reply-{replyId} .post-body")!.TextContent.ShouldContain("Second version.");
        page.QuerySelector($"#reply-{replyId} .edited").ShouldNotBeNull();

        (await writer.SubmitAsync($"/posts/reply/{replyId}/delete", $"/posts/reply/{replyId}/delete",
            new Dictionary<string, string> { ["confirm"] = "true" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await NewVisitor().GetDocumentAsync(story)).QuerySelector(StoryPage.ReplyRemoved(replyId))!.TextContent.ShouldContain("removed by its writer");
        var stored = await WithDb(db => db.Replies.SingleAsync(r => r.Id == replyId));
        (stored.BodySource, stored.BodyHtml).ShouldBe(("", ""));
        stored.DeletedAt.ShouldNotBeNull();
    }

    [Test]
    public async Task Content_warnings_stay_editable_and_the_edit_form_starts_from_the_ones_chosen()
    {
        var writer = NewVisitor();
        var story = await PostStoryAsync(writer, Unique("Warnings change"), "Some days are harder.");
        (await writer.SubmitAsync($"/posts/thread/{Id(story)}/edit", $"/posts/thread/{Id(story)}/edit",
            new Dictionary<string, string> { ["Title"] = "Warnings change", ["Body"] = "Some days are harder.", ["Warnings"] = "relapse" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await WithDb(db => db.Stories.SingleAsync(t => t.Id == Id(story)))).ContentWarnings.ShouldBe(["relapse"]);
        var form = await writer.GetDocumentAsync($"/posts/thread/{Id(story)}/edit");
        form.QuerySelector("input[name=Warnings][value=relapse]")!.HasAttribute("checked").ShouldBeTrue();

        var refused = await writer.SubmitAsync($"/posts/thread/{Id(story)}/edit", $"/posts/thread/{Id(story)}/edit",
            new Dictionary<string, string> { ["Title"] = "Warnings change", ["Body"] = "Some days are harder.", ["Warnings"] = "not-a-warning" });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await WithDb(db => db.Stories.SingleAsync(t => t.Id == Id(story)))).ContentWarnings.ShouldBe(["relapse"]);
    }

    [Test]
    public async Task Deleting_needs_a_confirmation()
    {
        var writer = NewVisitor();
        var story = await PostStoryAsync(writer, Unique("Not yet"));
        var response = await writer.SubmitAsync($"/posts/thread/{Id(story)}/delete", $"/posts/thread/{Id(story)}/delete", new Dictionary<string, string>());
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ParseAsync()).QuerySelector("#confirm-error")!.TextContent.ShouldContain("Tick the box");
        (await WithDb(db => db.Stories.AnyAsync(t => t.Id == Id(story) && t.DeletedAt == null))).ShouldBeTrue();
    }

    [Test]
    public async Task A_story_nobody_answered_goes_entirely_when_its_writer_deletes_it()
    {
        var writer = NewVisitor();
        var story = await PostStoryAsync(writer, Unique("Gone entirely"));
        (await writer.SubmitAsync($"/posts/thread/{Id(story)}/delete", $"/posts/thread/{Id(story)}/delete",
            new Dictionary<string, string> { ["confirm"] = "true" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await WithDb(db => db.Stories.AnyAsync(t => t.Id == Id(story)))).ShouldBeFalse();
        (await NewVisitor().GetAsync(story)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Acting_on_someone_elses_post_is_403_and_changes_nothing()
    {
        var owner = NewVisitor();
        var title = Unique("Owned story");
        var story = await PostStoryAsync(owner, title, "Owner's words.");
        var replyId = await ReplyAsync(owner, story, "Owner's reply.");
        var stranger = NewVisitor();
        await ReplyAsync(stranger, story, "A stranger's reply, so the stranger has a pseudonym.");
        var anonymous = NewVisitor();

        foreach (var visitor in new[] { stranger, anonymous })
        {
            (await visitor.GetAsync($"/posts/thread/{Id(story)}/edit")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await visitor.GetAsync($"/posts/reply/{replyId}/delete")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await visitor.PostWithTokenAsync(story, $"/posts/thread/{Id(story)}/edit", new Dictionary<string, string> { ["Title"] = "Hijacked", ["Body"] = "Hijacked" }))
                .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await visitor.PostWithTokenAsync(story, $"/posts/reply/{replyId}/edit", new Dictionary<string, string> { ["Body"] = "Hijacked" }))
                .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await visitor.PostWithTokenAsync(story, $"/posts/thread/{Id(story)}/delete", new Dictionary<string, string> { ["confirm"] = "true" }))
                .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await visitor.PostWithTokenAsync(story, $"/posts/reply/{replyId}/delete", new Dictionary<string, string> { ["confirm"] = "true" }))
                .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            var page = await visitor.GetDocumentAsync(story);
            page.QuerySelector(StoryPage.StoryOwnActions).ShouldBeNull();
            page.QuerySelector($"#reply-{replyId} .own-actions").ShouldBeNull();
        }
        var thread = await WithDb(db => db.Stories.SingleAsync(t => t.Id == Id(story)));
        (thread.Title, thread.BodySource, thread.EditedAt, thread.DeletedAt).ShouldBe((title, "Owner's words.", (DateTimeOffset?)null, (DateTimeOffset?)null));
        var reply = await WithDb(db => db.Replies.SingleAsync(r => r.Id == replyId));
        (reply.BodySource, reply.EditedAt, reply.DeletedAt).ShouldBe(("Owner's reply.", (DateTimeOffset?)null, (DateTimeOffset?)null));
    }

    [TestCase("/posts/story/1/edit")]
    [TestCase("/posts/thread/999999999/edit")]
    [TestCase("/posts/reply/999999999/delete")]
    public async Task Unknown_posts_and_kinds_are_404(string url) =>
        (await NewVisitor().GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

    [Test]
    public async Task The_inbox_counts_new_replies_in_the_header_lists_them_and_says_how_many_found_it_familiar()
    {
        var writer = NewVisitor();
        var title = Unique("Waiting for answers");
        var story = await PostStoryAsync(writer, title);
        (await writer.GetDocumentAsync("/")).QuerySelector(".unread").ShouldBeNull();

        var reader = NewVisitor();
        var replyId = await ReplyAsync(reader, story, "You're not alone in this.");
        await reader.SubmitAsync(story, $"/posts/thread/{Id(story)}/familiar", new Dictionary<string, string> { ["familiar"] = "true" });
        await ReplyAsync(writer, story, "Thank you, it helps."); // the writer's own reply is not news to them

        var home = await writer.GetDocumentAsync("/");
        home.QuerySelector(".unread")!.TextContent.ShouldBe("1 new reply");
        var me = await writer.GetDocumentAsync("/me");
        var item = me.QuerySelector(".inbox li.new")!;
        item.TextContent.ShouldContain(title);
        item.QuerySelector("a")!.GetAttribute("href")!.ShouldEndWith($"#reply-{replyId}");
        var readerName = (await reader.GetDocumentAsync("/")).QuerySelector(ComposerForm.WritingAs)!.TextContent;
        var familiar = me.QuerySelectorAll("#inbox li").Single(li => li.TextContent.Contains("found this familiar"));
        familiar.TextContent.ShouldContain("1 person found this familiar");
        familiar.TextContent.ShouldContain(title);
        familiar.TextContent.ShouldNotContain(readerName);

        (await writer.MarkEveryInboxReadAsync()).ShouldAllBe(r => r.StatusCode == HttpStatusCode.Redirect);
        (await writer.GetDocumentAsync("/")).QuerySelector(".unread").ShouldBeNull();
        (await writer.GetDocumentAsync("/me")).QuerySelector(".inbox li.new").ShouldBeNull();
    }

    [Test]
    public async Task The_writers_replies_in_their_own_story_are_marked_original_poster()
    {
        var writer = NewVisitor();
        var story = await PostStoryAsync(writer, Unique("Marked"));
        var own = await ReplyAsync(writer, story, "An update from me.");
        var other = await ReplyAsync(NewVisitor(), story, "Someone else.");
        var page = await NewVisitor().GetDocumentAsync(story);
        page.QuerySelector($"#reply-{own} .tag")!.TextContent.ShouldBe("original poster");
        page.QuerySelector($"#reply-{other} .tag").ShouldBeNull();
    }
}
