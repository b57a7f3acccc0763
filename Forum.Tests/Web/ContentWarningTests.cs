using Forum.Web.Safety;
using Microsoft.EntityFrameworkCore;
using Forum.Tests.Infrastructure.Pages;

namespace Forum.Tests.Web;

public sealed class ContentWarningTests : WebTest
{
    // This fixture's own database: a room that asks for warnings, so other fixtures see the seeded rooms unchanged.
    private const string WarnedRoom = "grief-loss";

    [OneTimeSetUp]
    public async Task RequireWarningsInOneRoom() =>
        await TestPostgres.ExecuteAsync(Factory.ConnectionString, $"UPDATE rooms SET requires_content_warnings = true WHERE slug = '{WarnedRoom}'");

    private async Task<T> WithDb<T>(Func<Forum.Data.ForumDbContext, Task<T>> read)
    {
        await using var db = TestPostgres.CreateContext(Factory.ConnectionString);
        return await read(db);
    }

    private static (string, string)[] Story(string title, string body, params (string, string)[] warnings) =>
        [("Title", title), ("Body", body), .. warnings];

    [Test]
    public async Task A_warned_story_is_folded_behind_its_warnings_and_lists_show_them_beside_the_title()
    {
        var visitor = NewVisitor();
        var title = Unique("The night I almost used");
        var response = await visitor.SubmitAsync(Links.NewStory("addiction-recovery"), Links.RoomStories("addiction-recovery"),
            Story(title, "I stood outside the shop for an hour.", ("Warnings", "relapse"), ("Warnings", "substance-use"), ("WarningLabel", "a hospital stay")));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var own = await visitor.GetDocumentAsync(response.Headers.Location!.OriginalString);
        own.QuerySelector("[role=status]")!.TextContent.ShouldContain("Your story is posted");
        own.QuerySelector(StoryPage.StoryWarning)!.HasAttribute("open").ShouldBeTrue("the writer's own words are not folded away from them");
        var thread = await NewVisitor().GetDocumentAsync(response.Headers.Location!.OriginalString);
        var fold = thread.QuerySelector(StoryPage.StoryWarning)!;
        fold.HasAttribute("open").ShouldBeFalse("a reader sees the warnings first");
        thread.QuerySelector("[role=status]").ShouldBeNull("the note after posting is for the writer, once");
        fold.QuerySelector("summary")!.TextContent.ShouldContain("Substance use in detail, Relapse, a hospital stay");
        fold.QuerySelector(".post-body")!.TextContent.ShouldContain("outside the shop");

        foreach (var list in new[] { "/r/addiction-recovery", "/" })
        {
            var item = (await visitor.GetDocumentAsync(list)).QuerySelectorAll(".thread-list li").First(li => li.TextContent.Contains(title));
            item.QuerySelectorAll(".warning-tag").Select(t => t.TextContent).ShouldBe(["Substance use in detail", "Relapse", "a hospital stay"]);
        }
        var stored = await WithDb(db => db.Stories.SingleAsync(t => t.Title == title));
        stored.ContentWarnings.ShouldBe(["substance-use", "relapse", "other"]);
        stored.ContentWarningLabel.ShouldBe("a hospital stay");
    }

    [Test]
    public async Task A_story_without_warnings_is_not_folded()
    {
        var visitor = NewVisitor();
        var thread = await visitor.GetDocumentAsync(await PostStoryAsync(visitor, Unique("A calm day")));
        thread.QuerySelector("details.warned").ShouldBeNull();
        thread.QuerySelector(StoryPage.StoryBody).ShouldNotBeNull();
    }

    [Test]
    public async Task A_warned_reply_is_folded_and_the_story_above_it_is_not()
    {
        var location = await PostStoryAsync(NewVisitor(), Unique("Losing my dad"));
        var id = location.Id;
        var response = await NewVisitor().SubmitAsync(location, $"/t/{id}/replies",
            [("Body", "When my brother died it was the same."), ("Warnings", "death-grief")]);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await NewVisitor().GetDocumentAsync(response.Headers.Location!.OriginalString.Split('#')[0]);
        page.QuerySelector(StoryPage.StoryWarning).ShouldBeNull();
        page.QuerySelector(".reply details.warned summary")!.TextContent.ShouldContain("Death and grief");
    }

    [Test]
    public async Task Preview_keeps_the_ticked_warnings_and_the_writers_words()
    {
        var response = await NewVisitor().SubmitAsync(Links.NewStory("anxiety"), Links.RoomStories("anxiety"),
            [.. Story("Preview me", "Words."), ("Warnings", "self-harm"), ("WarningLabel", "panic attacks"), ("intent", "preview")]);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.ParseAsync();
        page.QuerySelectorAll(ComposerForm.CheckedWarnings).Select(i => i.GetAttribute("value")).ShouldBe(["self-harm"]);
        page.QuerySelector("input[name=WarningLabel]")!.GetAttribute("value").ShouldBe("panic attacks");
        page.QuerySelector(ComposerForm.Preview).ShouldNotBeNull();
    }

    [Test]
    public async Task A_room_that_asks_for_a_warning_refuses_a_story_without_one_and_keeps_the_text()
    {
        var composer = await NewVisitor().GetDocumentAsync($"/r/{WarnedRoom}/new");
        composer.QuerySelector(".warning-choices legend")!.TextContent.ShouldContain("asks for at least one");
        var title = Unique("Mum's funeral");
        var body = "I didn't cry until the car park.\n\nThen I couldn't stop.";

        var response = await NewVisitor().SubmitAsync($"/r/{WarnedRoom}/new", $"/r/{WarnedRoom}/threads", Story(title, body));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = await response.ParseAsync();
        page.QuerySelector(ComposerForm.FormError)!.TextContent.ShouldContain("at least one content warning");
        page.QuerySelector(ComposerForm.Body)!.TextContent.ShouldBe(body);
        page.QuerySelector(ComposerForm.Title)!.GetAttribute("value").ShouldBe(title);
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
        (await WithDb(db => db.Stories.CountAsync(t => t.Title == title))).ShouldBe(0);

        var accepted = await NewVisitor().SubmitAsync($"/r/{WarnedRoom}/new", $"/r/{WarnedRoom}/threads", Story(title, body, ("Warnings", "death-grief")));
        accepted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Test]
    public async Task A_room_that_asks_for_a_warning_refuses_a_reply_without_one_and_keeps_the_text()
    {
        var writer = NewVisitor();
        var created = await writer.SubmitAsync($"/r/{WarnedRoom}/new", $"/r/{WarnedRoom}/threads", Story(Unique("Two years on"), "Still miss her.", ("Warnings", "death-grief")));
        var location = StoryRef.FromLocation(created.Headers.Location!.OriginalString);
        var id = location.Id;

        var response = await NewVisitor().SubmitAsync(location, Links.Replies(id), [("Body", "Two years for me in May.")]);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = await response.ParseAsync();
        page.QuerySelector(ComposerForm.FormError)!.TextContent.ShouldContain("at least one content warning");
        page.QuerySelector(ComposerForm.Body)!.TextContent.ShouldBe("Two years for me in May.");
        (await WithDb(db => db.Replies.CountAsync(r => r.StoryId == id))).ShouldBe(0);
        (await WithDb(db => db.Stories.SingleAsync(t => t.Id == id))).ReplyCount.ShouldBe(0);
    }

    [TestCase("Warnings", "<script>alert(1)</script>", "Warnings")]
    [TestCase("Warnings", "other", "WarningLabel")]
    [TestCase("WarningLabel", "an extremely long label that goes on and on and on", "WarningLabel")]
    public async Task A_bad_warning_choice_is_refused_with_a_message_by_the_field_and_the_text_kept(string field, string value, string errorField)
    {
        var title = Unique("Hostile warnings");
        var response = await NewVisitor().SubmitAsync(Links.NewStory("anxiety"), Links.RoomStories("anxiety"), Story(title, "My words.", (field, value)));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = await response.ParseAsync();
        page.QuerySelector($"#{errorField.ToLowerInvariant()}-error")!.TextContent.ShouldNotBeNullOrWhiteSpace();
        page.QuerySelector(ComposerForm.Body)!.TextContent.ShouldBe("My words.");
        page.Body!.InnerHtml.ShouldNotContain("<script>alert(1)</script>");
        (await WithDb(db => db.Stories.CountAsync(t => t.Title == title))).ShouldBe(0);
    }

    [Test]
    public async Task A_flood_of_warning_fields_is_refused_before_anything_is_written()
    {
        var title = Unique("Flood");
        var flood = Enumerable.Repeat(("Warnings", "suicide"), 500).ToArray();
        var response = await NewVisitor().SubmitAsync(Links.NewStory("anxiety"), Links.RoomStories("anxiety"), Story(title, "Words.", flood));

        ((int)response.StatusCode).ShouldBeInRange(400, 499);
        (await WithDb(db => db.Stories.CountAsync(t => t.Title == title))).ShouldBe(0);
    }

    [Test]
    public async Task A_reader_who_chooses_to_see_a_kind_gets_those_posts_open_and_others_still_folded()
    {
        var writer = NewVisitor();
        var relapseOnly = await writer.SubmitAsync(Links.NewStory("addiction-recovery"), Links.RoomStories("addiction-recovery"),
            Story(Unique("Slipped on Friday"), "It was one drink, then five.", ("Warnings", "relapse")));
        var relapseAndSuicide = await writer.SubmitAsync(Links.NewStory("addiction-recovery"), Links.RoomStories("addiction-recovery"),
            Story(Unique("The worst weekend"), "I didn't want to be here.", ("Warnings", "relapse"), ("Warnings", "suicide")));

        var reader = NewVisitor();
        var saved = await reader.SubmitAsync("/preferences", "/preferences", [("relapse", "show"), ("suicide", "fold")]);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var cookie = saved.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(WarningPreferences.CookieName + "="));
        cookie.ShouldStartWith($"{WarningPreferences.CookieName}=relapse;");
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("samesite=lax", Case.Insensitive);

        (await reader.GetDocumentAsync(relapseOnly.Headers.Location!.OriginalString)).QuerySelector(StoryPage.StoryWarning)!.HasAttribute("open").ShouldBeTrue();
        (await reader.GetDocumentAsync(relapseAndSuicide.Headers.Location!.OriginalString)).QuerySelector(StoryPage.StoryWarning)!.HasAttribute("open").ShouldBeFalse();
        var form = await reader.GetDocumentAsync("/preferences");
        form.QuerySelector("input[name=relapse][value=show]")!.HasAttribute("checked").ShouldBeTrue();
        form.QuerySelector("input[name=suicide][value=fold]")!.HasAttribute("checked").ShouldBeTrue();

        var cleared = await reader.SubmitAsync("/preferences", "/preferences", [("relapse", "fold")]);
        cleared.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(WarningPreferences.CookieName + "=")).ShouldContain("expires=Thu, 01 Jan 1970", Case.Insensitive);
        (await reader.GetDocumentAsync(relapseOnly.Headers.Location!.OriginalString)).QuerySelector(StoryPage.StoryWarning)!.HasAttribute("open").ShouldBeFalse();
    }

    [TestCase("always")]
    [TestCase("<script>alert(1)</script>")]
    public async Task A_preference_that_is_neither_fold_nor_show_changes_nothing(string value)
    {
        var reader = NewVisitor();
        var response = await reader.SubmitAsync("/preferences", "/preferences", [("relapse", "show"), ("suicide", value)]);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Headers.TryGetValues("Set-Cookie", out var cookies);
        (cookies ?? []).ShouldNotContain(c => c.StartsWith(WarningPreferences.CookieName));
        (await response.ParseAsync()).QuerySelector(ComposerForm.FormError)!.TextContent.ShouldContain("folded or shown");
    }

    [Test]
    public async Task A_preference_sent_twice_for_one_kind_changes_nothing()
    {
        var response = await NewVisitor().SubmitAsync("/preferences", "/preferences", [("relapse", "show"), ("relapse", "fold")]);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [TestCase("relapse.suicide.self-harm.<script>")]
    [TestCase("%00%FF%FE;;==")]
    public async Task A_forged_or_oversized_preferences_cookie_never_breaks_reading(string value)
    {
        var location = await PostStoryAsync(NewVisitor(), Unique("Forged cookie"));
        foreach (var cookie in new[] { value, string.Concat(Enumerable.Repeat(value, 200)) })
        {
            var reader = Factory.CreateClient();
            reader.DefaultRequestHeaders.Add("Cookie", $"{WarningPreferences.CookieName}={cookie}");
            (await reader.GetAsync(location)).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await reader.GetAsync("/preferences")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }

    [Test]
    public async Task The_privacy_page_lists_the_preferences_cookie()
    {
        var page = await NewVisitor().GetDocumentAsync("/privacy");
        page.QuerySelectorAll("code").Select(c => c.TextContent).ShouldContain(WarningPreferences.CookieName);
    }
}
