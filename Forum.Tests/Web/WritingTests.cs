using Microsoft.EntityFrameworkCore;
using Forum.Tests.Infrastructure.Pages;

namespace Forum.Tests.Web;

public sealed class WritingTests : WebTest
{
    private Task<int> CountAsync(Func<Forum.Data.ForumDbContext, Task<int>> count) => InDatabaseAsync(count);

    [Test]
    public async Task Writing_a_story_mints_a_pseudonym_and_shows_the_story_in_its_room_and_on_the_home_page()
    {
        var visitor = NewVisitor();
        var title = Unique("Panic on the train");

        var composer = await visitor.GetDocumentAsync("/r/anxiety/new");
        composer.QuerySelector(".identity-note")!.TextContent.ShouldContain("we'll make one for you");

        var response = await visitor.SubmitAsync(Links.NewStory("anxiety"), Links.RoomStories("anxiety"),
            new Dictionary<string, string> { ["Title"] = title, ["Body"] = "It started near *Leeds*.\n\n- breathing\n- counting" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("forum_pseudonym="));
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("samesite=lax", Case.Insensitive);

        var thread = await visitor.GetDocumentAsync(response.Headers.Location!.OriginalString);
        thread.QuerySelector("h1")!.TextContent.ShouldBe(title);
        thread.QuerySelector(".post-body em")!.TextContent.ShouldBe("Leeds");
        thread.QuerySelectorAll(".post-body li").Length.ShouldBe(2);
        var name = thread.QuerySelector(ComposerForm.WritingAs)!.TextContent;
        thread.QuerySelector(StoryPage.StoryAuthor)!.TextContent.ShouldBe(name);

        (await visitor.GetDocumentAsync("/r/anxiety")).QuerySelectorAll("a.thread-title").Select(a => a.TextContent).ShouldContain(title);
        (await visitor.GetDocumentAsync("/")).QuerySelectorAll("a.thread-title").Select(a => a.TextContent).ShouldContain(title);
    }

    [Test]
    public async Task The_server_keeps_only_a_hash_of_the_secret_the_browser_holds()
    {
        var visitor = NewVisitor();
        var response = await visitor.SubmitAsync(Links.NewStory("anxiety"), Links.RoomStories("anxiety"),
            new Dictionary<string, string> { ["Title"] = Unique("Secrets"), ["Body"] = "Body" });
        var value = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("forum_pseudonym=")).Split(';')[0]["forum_pseudonym=".Length..];
        var id = Guid.ParseExact(value.Split('.')[0], "N");
        var secret = value.Split('.')[1];

        var stored = await InDatabaseAsync(db => db.Pseudonyms.SingleAsync(p => p.Id == id));
        Convert.ToBase64String(stored.SecretHash).ShouldNotContain(secret);
        stored.SecretHash.Length.ShouldBe(32);
        Forum.Domain.Pseudonyms.PseudonymSecret.TryParse(secret, out var parsed).ShouldBeTrue();
        stored.IsHeldBy(parsed).ShouldBeTrue();
    }

    [Test]
    public async Task A_second_story_from_the_same_browser_uses_the_same_pseudonym()
    {
        var visitor = NewVisitor();
        await PostStoryAsync(visitor, Unique("First"));
        var before = await CountAsync(db => db.Pseudonyms.CountAsync());
        var location = await PostStoryAsync(visitor, Unique("Second"));

        (await CountAsync(db => db.Pseudonyms.CountAsync())).ShouldBe(before);
        var page = await visitor.GetDocumentAsync(location);
        page.QuerySelector(".identity-note")!.TextContent.ShouldContain("You'll post as");
    }

    [Test]
    public async Task An_invalid_story_comes_back_with_the_text_intact_a_message_per_field_and_nothing_stored()
    {
        var visitor = NewVisitor();
        var body = "A long story that I don't want to lose.\n\n" + new string('x', 500);
        var storiesBefore = await CountAsync(db => db.Stories.CountAsync());
        var pseudonymsBefore = await CountAsync(db => db.Pseudonyms.CountAsync());

        var response = await visitor.SubmitAsync(Links.NewStory("anxiety"), Links.RoomStories("anxiety"),
            new Dictionary<string, string> { ["Title"] = " a ", ["Body"] = body });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = await response.ParseAsync();
        page.QuerySelector(ComposerForm.Body)!.TextContent.ShouldBe(body);
        page.QuerySelector(ComposerForm.Title)!.GetAttribute("value").ShouldBe(" a ");
        page.QuerySelector(ComposerForm.FieldError("Title"))!.TextContent.ShouldContain("at least 3 characters");
        page.QuerySelector(ComposerForm.Title)!.GetAttribute("aria-invalid").ShouldBe("true");
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
        (await CountAsync(db => db.Stories.CountAsync())).ShouldBe(storiesBefore);
        (await CountAsync(db => db.Pseudonyms.CountAsync())).ShouldBe(pseudonymsBefore);
    }

    [Test]
    public async Task An_over_long_story_names_the_limit_and_keeps_the_text()
    {
        var body = new string('w', PostBody.MaxLength + 1);
        var response = await NewVisitor().SubmitAsync(Links.NewStory("anxiety"), Links.RoomStories("anxiety"),
            new Dictionary<string, string> { ["Title"] = "Too much to say", ["Body"] = body });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = await response.ParseAsync();
        page.QuerySelector(ComposerForm.FieldError("Body"))!.TextContent.ShouldContain("40,000");
        page.QuerySelector(ComposerForm.Body)!.TextContent.Length.ShouldBe(body.Length);
    }

    [Test]
    public async Task Markup_in_a_title_is_shown_as_text()
    {
        var visitor = NewVisitor();
        var location = await PostStoryAsync(visitor, "<script>alert(1)</script> & friends");
        var html = await (await visitor.GetAsync(location)).Content.ReadAsStringAsync();
        html.ShouldNotContain("<script>alert(1)</script>");
        (await visitor.GetDocumentAsync(location)).QuerySelector("h1")!.TextContent.ShouldBe("<script>alert(1)</script> & friends");
    }

    [Test]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_stores_nothing()
    {
        var before = await CountAsync(db => db.Stories.CountAsync());
        var response = await NewVisitor().PostAsync("/r/anxiety/threads",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Title"] = "Forged", ["Body"] = "From another site" }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CountAsync(db => db.Stories.CountAsync())).ShouldBe(before);
    }

    [Test]
    public async Task A_story_posted_to_a_room_that_does_not_exist_is_not_found()
    {
        var visitor = NewVisitor();
        var page = await visitor.GetDocumentAsync("/r/anxiety/new");
        var token = page.QuerySelector(ComposerForm.AntiforgeryToken)!.GetAttribute("value")!;
        var response = await visitor.PostAsync("/r/atlantis/threads",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__form"] = token, ["Title"] = "Hello", ["Body"] = "There" }));
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_reply_lands_on_the_thread_and_moves_it_up()
    {
        var writer = NewVisitor();
        var location = await PostStoryAsync(writer, Unique("Grief comes in waves"), room: "grief-loss");
        var id = location.Id;
        Factory.Clock.Advance(TimeSpan.FromMinutes(30));

        var replier = NewVisitor();
        var response = await replier.SubmitAsync(location, $"/t/{id}/replies", new Dictionary<string, string> { ["Body"] = "This feels **familiar**." });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldMatch($"^/t/{id}/grief-comes-in-waves-[0-9a-f]+#reply-\\d+$");
        var thread = await replier.GetDocumentAsync(response.Headers.Location.OriginalString.Split('#')[0]);
        thread.QuerySelector(".reply .post-body strong")!.TextContent.ShouldBe("familiar");
        thread.QuerySelector(StoryPage.RepliesHeading)!.TextContent.ShouldBe("1 reply");

        var op = await writer.SubmitAsync(location, $"/t/{id}/replies", new Dictionary<string, string> { ["Body"] = "Thank you." });
        var again = await writer.GetDocumentAsync(op.Headers.Location!.OriginalString.Split('#')[0]);
        again.QuerySelectorAll(".reply .tag").Select(t => t.TextContent).ShouldBe(["original poster"]);
    }

    [Test]
    public async Task An_empty_reply_is_refused_with_the_thread_shown_again()
    {
        var location = await PostStoryAsync(NewVisitor(), Unique("Quiet evening"));
        var id = location.Id;

        var response = await NewVisitor().SubmitAsync(location, $"/t/{id}/replies", new Dictionary<string, string> { ["Body"] = "   \n  " });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = await response.ParseAsync();
        page.QuerySelector(ComposerForm.FieldError("Body"))!.TextContent.ShouldContain("Write a few words first");
        page.QuerySelector("h1")!.TextContent.ShouldStartWith("Quiet evening");
        (await CountAsync(db => db.Replies.CountAsync(r => r.StoryId == id))).ShouldBe(0);
    }

    [Test]
    public async Task A_reply_written_while_the_thread_was_being_locked_comes_back_with_its_words_and_nothing_is_stored()
    {
        var visitor = NewVisitor();
        var location = await PostStoryAsync(visitor, Unique("About to be locked"));
        var id = location.Id;
        var page = await visitor.GetDocumentAsync(location);
        var token = page.QuerySelector(ComposerForm.AntiforgeryToken)!.GetAttribute("value")!;
        await InDatabaseAsync(async db =>
        {
            (await db.Stories.SingleAsync(t => t.Id == id)).Lock("Taking a breather.");
            return await db.SaveChangesAsync();
        });

        const string words = "My reply, still wanted.\n\nIt took me an hour to write.";
        var response = await visitor.PostAsync($"/t/{id}/replies",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__form"] = token, ["Body"] = words }));

        // The story changed under the writer: a conflict with it as it is now, not a mistake of theirs.
        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var refused = await response.ParseAsync();
        refused.QuerySelector(ComposerForm.FormError)!.TextContent.ShouldContain("closed to new replies");
        refused.QuerySelector(".notice")!.TextContent.ShouldContain("Taking a breather.");
        refused.QuerySelector(ComposerForm.KeptWords)!.TextContent.ShouldBe(words);
        (await CountAsync(db => db.Replies.CountAsync(r => r.StoryId == id))).ShouldBe(0);
    }

    [Test]
    public async Task A_reply_to_a_thread_that_does_not_exist_is_not_found()
    {
        var visitor = NewVisitor();
        var page = await visitor.GetDocumentAsync("/r/anxiety/new");
        var token = page.QuerySelector(ComposerForm.AntiforgeryToken)!.GetAttribute("value")!;
        var response = await visitor.PostAsync("/t/99999999/replies",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__form"] = token, ["Body"] = "Hello?" }));
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task An_oversized_request_is_refused_before_it_is_read()
    {
        var content = new ByteArrayContent(new byte[2 * 1024 * 1024]);
        content.Headers.ContentType = new("application/x-www-form-urlencoded");
        var response = await NewVisitor().PostAsync("/r/anxiety/threads", content);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.ParseAsync()).QuerySelector("h1")!.TextContent.ShouldBe("That was too much to send at once");
    }

    [Test]
    public async Task A_form_carrying_a_nul_character_gets_a_clear_refusal_and_stores_nothing()
    {
        // ASP.NET Core's form reader refuses NUL before our code runs; the writer gets the kind 400 page.
        await using var db = TestPostgres.CreateContext(Factory.ConnectionString);
        var before = await db.Stories.CountAsync();

        var response = await NewVisitor().SubmitAsync(Links.NewStory("anxiety"), Links.RoomStories("anxiety"),
            new Dictionary<string, string> { ["Title"] = "Odd\0characters", ["Body"] = "Before\0after" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ParseAsync()).QuerySelector("h1")!.TextContent.ShouldBe("That didn't quite work");
        (await db.Stories.CountAsync()).ShouldBe(before);
    }
}
