using Microsoft.EntityFrameworkCore;
using Forum.Tests.Infrastructure.Pages;

namespace Forum.Tests.Web;

public sealed class PreviewTests : WebTest
{
    [Test]
    public async Task Previewing_a_story_shows_it_rendered_keeps_the_text_and_stores_nothing()
    {
        await using var db = TestPostgres.CreateContext(Factory.ConnectionString);
        var before = await db.Threads.CountAsync();
        const string body = "What helped:\n\n- **walking**\n- calling my sponsor";

        var response = await NewVisitor().SubmitAsync(Links.NewThread("addiction-recovery"), Links.RoomThreads("addiction-recovery"),
            new Dictionary<string, string> { ["Title"] = "Ninety days", ["Body"] = body, ["intent"] = "preview" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
        var page = await response.ParseAsync();
        page.QuerySelector(".preview .post-body strong")!.TextContent.ShouldBe("walking");
        page.QuerySelectorAll(".preview .post-body li").Length.ShouldBe(2);
        page.QuerySelector(ComposerForm.Body)!.TextContent.ShouldBe(body);
        page.QuerySelector(ComposerForm.Title)!.GetAttribute("value").ShouldBe("Ninety days");
        (await db.Threads.CountAsync()).ShouldBe(before);
    }

    [Test]
    public async Task Previewing_a_reply_shows_it_on_the_thread_and_stores_nothing()
    {
        var location = await PostThreadAsync(NewVisitor(), Unique("Previewed"));
        var id = location.Id;

        var response = await NewVisitor().SubmitAsync(location, Links.Replies(id),
            new Dictionary<string, string> { ["Body"] = "> you are not alone\n\nMe too.", ["intent"] = "preview" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.ParseAsync();
        page.QuerySelector(".preview .post-body blockquote")!.TextContent.Trim().ShouldBe("you are not alone");
        page.QuerySelector(ComposerForm.Body)!.TextContent.ShouldBe("> you are not alone\n\nMe too.");
        await using var db = TestPostgres.CreateContext(Factory.ConnectionString);
        (await db.Replies.CountAsync(r => r.ThreadId == id)).ShouldBe(0);
    }

    [Test]
    public async Task The_preview_uses_the_same_pipeline_as_the_stored_post()
    {
        const string body = "A [link](https://example.org) and *emphasis*\n\n# A heading";
        var visitor = NewVisitor();
        var preview = await (await visitor.SubmitAsync(Links.NewThread("general"), Links.RoomThreads("general"),
            new Dictionary<string, string> { ["Title"] = "Same pipeline", ["Body"] = body, ["intent"] = "preview" })).ParseAsync();
        var location = await PostThreadAsync(visitor, "Same pipeline", body, "general");
        var stored = await visitor.GetDocumentAsync(location);

        preview.QuerySelector(ComposerForm.Preview)!.InnerHtml.ShouldBe(stored.QuerySelector(ThreadPage.StoryBody)!.InnerHtml);
    }

    [Test]
    public async Task An_invalid_draft_is_refused_rather_than_previewed()
    {
        var response = await NewVisitor().SubmitAsync(Links.NewThread("anxiety"), Links.RoomThreads("anxiety"),
            new Dictionary<string, string> { ["Title"] = "Too long", ["Body"] = new string('x', 40_001), ["intent"] = "preview" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = await response.ParseAsync();
        page.QuerySelector(".preview").ShouldBeNull();
        page.QuerySelector(ComposerForm.FieldError("Body"))!.TextContent.ShouldContain("40,000");
    }
}
