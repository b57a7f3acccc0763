using Microsoft.EntityFrameworkCore;
using Forum.Tests.Infrastructure.Pages;

namespace Forum.Tests.Web;

public sealed class PreviewTests : WebTest
{
    [Test]
    public async Task Previewing_a_story_shows_it_rendered_keeps_the_text_and_stores_nothing()
    {
        await using var db = TestPostgres.CreateContext(Factory.ConnectionString);
        var before = await db.Stories.CountAsync();
        const string body = "What helped:\n\n- **walking**\n- calling my sponsor";

        var response = await NewVisitor().SubmitAsync(Links.NewStory("addiction-recovery"), Links.RoomStories("addiction-recovery"),
            new Dictionary<string, string> { ["Title"] = "Ninety days", ["Body"] = body, ["intent"] = "preview" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
        var page = await response.ParseAsync();
        page.QuerySelector(".preview .post-body strong")!.TextContent.ShouldBe("walking");
        page.QuerySelectorAll(".preview .post-body li").Length.ShouldBe(2);
        page.QuerySelector(ComposerForm.Body)!.TextContent.ShouldBe(body);
        page.QuerySelector(ComposerForm.Title)!.GetAttribute("value").ShouldBe("Ninety days");
        (await db.Stories.CountAsync()).ShouldBe(before);
    }

    [Test]
    public async Task Previewing_a_reply_shows_it_on_the_thread_and_stores_nothing()
    {
        var location = await PostStoryAsync(NewVisitor(), Unique("Previewed"));
        var id = location.Id;

        var response = await NewVisitor().SubmitAsync(location, Links.Replies(id),
            new Dictionary<string, string> { ["Body"] = "> you are not alone\n\nMe too.", ["intent"] = "preview" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.ParseAsync();
        page.QuerySelector(".preview .post-body blockquote")!.TextContent.Trim().ShouldBe("you are not alone");
        page.QuerySelector(ComposerForm.Body)!.TextContent.ShouldBe("> you are not alone\n\nMe too.");
        await using var db = TestPostgres.CreateContext(Factory.ConnectionString);
        (await db.Replies.CountAsync(r => r.StoryId == id)).ShouldBe(0);
    }

    [Test]
    public async Task The_preview_uses_the_same_pipeline_as_the_stored_post()
    {
        const string body = "A [link](https://example.org) and *emphasis*\n\n# A heading";
        var visitor = NewVisitor();
        var preview = await (await visitor.SubmitAsync(Links.NewStory("general"), Links.RoomStories("general"),
            new Dictionary<string, string> { ["Title"] = "Same pipeline", ["Body"] = body, ["intent"] = "preview" })).ParseAsync();
        var location = await PostStoryAsync(visitor, "Same pipeline", body, "general");
        var stored = await visitor.GetDocumentAsync(location);

        preview.QuerySelector(ComposerForm.Preview)!.InnerHtml.ShouldBe(stored.QuerySelector(StoryPage.StoryBody)!.InnerHtml);
    }

    [Test]
    public async Task An_invalid_draft_is_refused_rather_than_previewed()
    {
        var response = await NewVisitor().SubmitAsync(Links.NewStory("anxiety"), Links.RoomStories("anxiety"),
            new Dictionary<string, string> { ["Title"] = "Too long", ["Body"] = new string('x', 40_001), ["intent"] = "preview" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = await response.ParseAsync();
        page.QuerySelector(".preview").ShouldBeNull();
        page.QuerySelector(ComposerForm.FieldError("Body"))!.TextContent.ShouldContain("40,000");
    }

    [Test]
    public async Task A_story_preview_shows_its_title_and_its_warning_folded_as_readers_will_meet_it()
    {
        var response = await NewVisitor().SubmitAsync(Links.NewStory("relationships"), Links.RoomStories("relationships"),
            [("Title", "What he said that night"), ("Body", "It still comes back to me."), ("Warnings", "abuse-trauma"), ("intent", "preview")]);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.ParseAsync();
        page.QuerySelector(".preview .preview-title")!.TextContent.ShouldBe("What he said that night");
        var fold = page.QuerySelector(".preview details.warned")!;
        fold.HasAttribute("open").ShouldBeFalse();
        fold.QuerySelector("summary")!.TextContent.ShouldContain("Abuse and trauma");
    }

    [Test]
    public async Task A_preview_may_be_kept_by_this_browser_alone_so_back_returns_to_it()
    {
        var response = await NewVisitor().SubmitAsync(Links.NewStory("anxiety"), Links.RoomStories("anxiety"),
            new Dictionary<string, string> { ["Title"] = "Kept for Back", ["Body"] = "Words.", ["intent"] = "preview" });

        var cacheControl = response.Headers.CacheControl!;
        cacheControl.Private.ShouldBeTrue();
        cacheControl.NoStore.ShouldBeFalse();
        cacheControl.MaxAge.ShouldNotBeNull();
    }

    [Test]
    public async Task A_preview_is_not_kept_when_the_reader_asked_that_nothing_they_write_stays_on_this_device()
    {
        var visitor = NewVisitor();
        (await visitor.SubmitAsync(Links.Preferences(), Links.PreferencesDrafts(), new Dictionary<string, string> { ["keep"] = "false" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var response = await visitor.SubmitAsync(Links.NewStory("anxiety"), Links.RoomStories("anxiety"),
            new Dictionary<string, string> { ["Title"] = "Not kept", ["Body"] = "Words.", ["intent"] = "preview" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
    }

    [TestCase("banana")]
    [TestCase("")]
    [TestCase("true,false")]
    public async Task The_drafts_preference_refuses_anything_but_on_or_off(string value)
    {
        var response = await NewVisitor().PostWithTokenAsync(Links.Preferences(), Links.PreferencesDrafts(), new Dictionary<string, string> { ["keep"] = value });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
    }

    [Test]
    public async Task The_drafts_preference_needs_its_form_token_and_refuses_a_huge_value()
    {
        var forged = await NewVisitor().PostAsync(Links.PreferencesDrafts(), new FormUrlEncodedContent(new Dictionary<string, string> { ["keep"] = "false" }));
        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        forged.Headers.Contains("Set-Cookie").ShouldBeFalse();
        var huge = await NewVisitor().PostWithTokenAsync(Links.Preferences(), Links.PreferencesDrafts(), new Dictionary<string, string> { ["keep"] = new string('t', 100_000) });
        huge.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
