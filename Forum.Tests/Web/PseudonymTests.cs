using System.Text.Json;
using AngleSharp.Html.Dom;
using Forum.Data;
using Forum.Web.Controllers;
using Microsoft.EntityFrameworkCore;
using Forum.Tests.Infrastructure.Pages;

namespace Forum.Tests.Web;

/// <summary>/me: making, choosing, switching, recovering and burning pseudonyms, against the real app and database.</summary>
public sealed class PseudonymTests : WebTest
{
    private async Task<T> WithDb<T>(Func<ForumDbContext, Task<T>> read)
    {
        await using var db = TestPostgres.CreateContext(Factory.ConnectionString);
        return await read(db);
    }

    /// <summary>Makes a pseudonym through the form; returns the recovery key shown and the cookie the browser was given.</summary>
    private static async Task<(string Key, string Cookie)> MakeAsync(HttpClient visitor, string name)
    {
        var response = await visitor.SubmitAsync("/me/new", "/me/pseudonyms", new Dictionary<string, string> { ["Name"] = name });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var page = await response.ParseAsync();
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("forum_pseudonym=")).Split(';')[0]["forum_pseudonym=".Length..];
        return (page.QuerySelector("[data-recovery-key]")!.TextContent, cookie);
    }

    private static async Task<string?> WritingAsAsync(HttpClient visitor) =>
        (await visitor.GetDocumentAsync("/")).QuerySelector(ComposerForm.WritingAs)?.TextContent;

    private static HttpClient WithCookie(ForumWebFactory factory, string cookie)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", $"forum_pseudonym={cookie}");
        return client;
    }

    private static string UniqueName(string stem) => $"{stem} {Random.Shared.Next(100_000, 999_999)}";

    [Test]
    public async Task A_chosen_name_comes_with_a_recovery_key_shown_once_and_explained()
    {
        var visitor = NewVisitor();
        var name = UniqueName("Lantern Keeper");
        var (key, _) = await MakeAsync(visitor, name);

        key.ShouldMatch("^[0-9A-Z]{4}(-[0-9A-Z]{1,4}){6}$");
        (await WritingAsAsync(visitor)).ShouldBe(name);
        var me = await visitor.GetDocumentAsync("/me");
        me.Body!.TextContent.ShouldNotContain(key);
        me.QuerySelector(".pseudonym.current strong")!.TextContent.ShouldBe(name);
        me.QuerySelector(".pseudonym.current .meta")!.TextContent.ShouldContain("Has a recovery key");

        var stored = await WithDb(db => db.Pseudonyms.SingleAsync(p => p.Name == name));
        stored.RecoveryHash!.Length.ShouldBe(32);
        Convert.ToHexString(stored.RecoveryHash).ShouldNotContain(key.Replace("-", ""));
    }

    [Test]
    public async Task A_name_made_for_a_first_story_comes_with_a_recovery_key_and_a_prompt_to_keep_it_shown_once()
    {
        var visitor = NewVisitor();
        var story = await PostStoryAsync(visitor, Unique("Posted from a private window"));

        var landed = await visitor.GetDocumentAsync(story);
        var name = landed.QuerySelector(StoryPage.StoryAuthor)!.TextContent;
        var prompt = landed.QuerySelector(".new-name")!;
        prompt.TextContent.ShouldContain(name);
        prompt.TextContent.ShouldContain("closing it loses the name");
        var key = prompt.QuerySelector("[data-recovery-key]")!.TextContent;
        key.ShouldMatch("^[0-9A-Z]{4}(-[0-9A-Z]{1,4}){6}$");
        (await visitor.GetDocumentAsync(story)).QuerySelector(".new-name").ShouldBeNull("the key is shown this once");
        (await visitor.GetDocumentAsync("/me")).QuerySelector(".pseudonym.current .meta")!.TextContent.ShouldContain("Has a recovery key");

        // The private window closes; the key brings the name, and its story, back in a new one.
        var later = NewVisitor();
        (await later.SubmitAsync("/me/recover", "/me/recover", new Dictionary<string, string> { ["key"] = key })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await WritingAsAsync(later)).ShouldBe(name);
        (await later.GetDocumentAsync(story)).QuerySelector(StoryPage.StoryOwnActions).ShouldNotBeNull();
    }

    [Test]
    public async Task A_name_made_by_pressing_familiar_with_script_gets_its_recovery_key_in_the_answer()
    {
        var story = await PostStoryAsync(NewVisitor(), Unique("Pressed with script"));
        var id = story.Id;
        var reader = NewVisitor();
        var page = await reader.GetDocumentAsync(Links.Story(story.Id, story.Slug, write: true));
        var token = page.QuerySelector(ComposerForm.AntiforgeryToken)!.GetAttribute("value")!;
        var request = new HttpRequestMessage(HttpMethod.Post, Links.Familiar(Forum.Domain.Stories.PostKind.Story, id))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__form"] = token, ["familiar"] = "true" }),
        };
        request.Headers.Accept.ParseAdd("application/json");

        var answer = JsonDocument.Parse(await (await reader.SendAsync(request)).Content.ReadAsStringAsync()).RootElement;

        var note = answer.GetProperty("note").GetString()!;
        var key = System.Text.RegularExpressions.Regex.Match(note, "[0-9A-Z]{4}(-[0-9A-Z]{1,4}){6}").Value;
        key.ShouldNotBeEmpty(note);
        (await NewVisitor().SubmitAsync("/me/recover", "/me/recover", new Dictionary<string, string> { ["key"] = key })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Test]
    public async Task The_recovery_page_says_a_lost_key_cannot_be_recovered()
    {
        var response = await NewVisitor().SubmitAsync("/me/new", "/me/pseudonyms", new Dictionary<string, string> { ["Name"] = "" });
        var text = (await response.ParseAsync()).Body!.TextContent;
        text.ShouldContain("only time it is shown");
        text.ShouldContain("If you lose it, nobody can get it back for you");
    }

    [TestCase("ab", "at least 3 characters")]
    [TestCase("Fern 🌿", "letters, numbers, spaces")]
    [TestCase("Moderator Mia", "“moderator”")]
    [TestCase("Staff", "“staff”")]
    [TestCase("the mod", "“mod”")]
    public async Task Each_name_rule_is_refused_on_the_form_with_its_message_and_nothing_is_stored(string name, string message)
    {
        var visitor = NewVisitor();
        var before = await WithDb(db => db.Pseudonyms.CountAsync());
        var response = await visitor.SubmitAsync("/me/new", "/me/pseudonyms", new Dictionary<string, string> { ["Name"] = name });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = await response.ParseAsync();
        page.QuerySelector(ComposerForm.FieldError("Name"))!.TextContent.ShouldContain(message);
        ((IHtmlInputElement)page.QuerySelector("#name")!).Value.ShouldBe(name);
        response.Headers.TryGetValues("Set-Cookie", out var cookies);
        (cookies ?? []).ShouldNotContain(c => c.StartsWith("forum_pseudonym="));
        (await WithDb(db => db.Pseudonyms.CountAsync())).ShouldBe(before);
    }

    [Test]
    public async Task A_name_too_large_for_the_form_is_refused_kindly()
    {
        var response = await NewVisitor().SubmitAsync("/me/new", "/me/pseudonyms", new Dictionary<string, string> { ["Name"] = new string('n', 200_000) });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ParseAsync()).QuerySelector(ComposerForm.FieldError("Name"))!.TextContent.ShouldContain("up to 32 characters");
    }

    [Test]
    public async Task A_look_alike_of_a_taken_name_is_refused_as_taken()
    {
        var name = UniqueName("Calm Otter");
        await MakeAsync(NewVisitor(), name);
        var lookAlike = name.Replace("Calm", "CALM").Replace("O", "0").Replace("a", "а"); // Cyrillic а
        var response = await NewVisitor().SubmitAsync("/me/new", "/me/pseudonyms", new Dictionary<string, string> { ["Name"] = lookAlike });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ParseAsync()).QuerySelector(ComposerForm.FieldError("Name"))!.TextContent.ShouldBe(Forum.Domain.Pseudonyms.PseudonymName.Taken);
    }

    [Test]
    public async Task People_racing_for_one_name_get_one_winner_and_one_clear_message()
    {
        var name = UniqueName("Racing Heron");
        var visitors = Enumerable.Range(0, 6).Select(_ => NewVisitor()).ToList();
        var responses = await Task.WhenAll(visitors.Select(v =>
            v.SubmitAsync("/me/new", "/me/pseudonyms", new Dictionary<string, string> { ["Name"] = name })));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        foreach (var lost in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            lost.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await lost.ParseAsync()).QuerySelector(ComposerForm.FieldError("Name"))!.TextContent.ShouldBe(Forum.Domain.Pseudonyms.PseudonymName.Taken);
        }
        (await WithDb(db => db.Pseudonyms.CountAsync(p => p.Name == name))).ShouldBe(1);
    }

    [Test]
    public async Task The_recovery_key_brings_the_pseudonym_to_another_browser_and_both_keep_it()
    {
        var phone = NewVisitor();
        var name = UniqueName("Morning Robin");
        var (key, _) = await MakeAsync(phone, name);

        var laptop = NewVisitor();
        var response = await laptop.SubmitAsync("/me/recover", "/me/recover", new Dictionary<string, string> { ["key"] = $"  {key.ToLowerInvariant()} " });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await laptop.GetDocumentAsync("/me")).QuerySelector(".notice-line")!.TextContent.ShouldContain(name);
        (await WritingAsAsync(laptop)).ShouldBe(name);

        var story = await PostStoryAsync(laptop, Unique("Written from the laptop"));
        (await laptop.GetDocumentAsync(story)).QuerySelector(StoryPage.StoryAuthor)!.TextContent.ShouldBe(name);
        (await WritingAsAsync(phone)).ShouldBe(name);
    }

    [TestCase("")]
    [TestCase("not a key")]
    [TestCase("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-23")]
    [TestCase("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2U")]
    public async Task A_wrong_or_malformed_recovery_key_gets_one_kind_generic_message(string key)
    {
        var visitor = NewVisitor();
        var response = await visitor.SubmitAsync("/me/recover", "/me/recover", new Dictionary<string, string> { ["key"] = key });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ParseAsync()).QuerySelector("#key-error")!.TextContent.ShouldBe(MeController.WrongRecoveryKey);
        response.Headers.TryGetValues("Set-Cookie", out var cookies);
        (cookies ?? []).ShouldNotContain(c => c.StartsWith("forum_pseudonym="));
    }

    [Test]
    public async Task A_replaced_recovery_key_stops_working()
    {
        var visitor = NewVisitor();
        var name = UniqueName("Patient Cedar");
        var (oldKey, _) = await MakeAsync(visitor, name);
        var id = await WithDb(db => db.Pseudonyms.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());
        var reissued = await visitor.SubmitAsync("/me", $"/me/pseudonyms/{id}/recovery-key", new Dictionary<string, string>());
        reissued.StatusCode.ShouldBe(HttpStatusCode.OK);
        var newKey = (await reissued.ParseAsync()).QuerySelector("[data-recovery-key]")!.TextContent;
        newKey.ShouldNotBe(oldKey);
        (await WritingAsAsync(visitor)).ShouldBe(name);

        var elsewhere = NewVisitor();
        (await elsewhere.SubmitAsync("/me/recover", "/me/recover", new Dictionary<string, string> { ["key"] = oldKey })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await elsewhere.SubmitAsync("/me/recover", "/me/recover", new Dictionary<string, string> { ["key"] = newKey })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Test]
    public async Task One_browser_holds_several_pseudonyms_switches_between_them_and_each_post_shows_its_writer()
    {
        var visitor = NewVisitor();
        var first = UniqueName("First Fern");
        var second = UniqueName("Second Sparrow");
        await MakeAsync(visitor, first);
        var firstStory = await PostStoryAsync(visitor, Unique("From the first"));
        await MakeAsync(visitor, second);
        (await WritingAsAsync(visitor)).ShouldBe(second);
        var secondStory = await PostStoryAsync(visitor, Unique("From the second"));

        var me = await visitor.GetDocumentAsync("/me");
        me.QuerySelectorAll(".pseudonym strong").Select(s => s.TextContent).ShouldBe([second, first]);
        var firstId = await WithDb(db => db.Pseudonyms.Where(p => p.Name == first).Select(p => p.Id).SingleAsync());
        (await visitor.SubmitAsync("/me", "/me/current", new Dictionary<string, string> { ["id"] = firstId.ToString() })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await WritingAsAsync(visitor)).ShouldBe(first);

        (await visitor.GetDocumentAsync(firstStory)).QuerySelector(StoryPage.StoryAuthor)!.TextContent.ShouldBe(first);
        (await visitor.GetDocumentAsync(secondStory)).QuerySelector(StoryPage.StoryAuthor)!.TextContent.ShouldBe(second);
        // Both are this browser's own, so both offer edit and delete.
        (await visitor.GetDocumentAsync(secondStory)).QuerySelector(StoryPage.StoryOwnActions).ShouldNotBeNull();
    }

    [Test]
    public async Task Switching_to_a_pseudonym_this_browser_does_not_hold_is_refused()
    {
        var visitor = NewVisitor();
        await MakeAsync(visitor, UniqueName("Holder"));
        var other = NewVisitor();
        var otherName = UniqueName("Not Yours");
        await MakeAsync(other, otherName);
        var otherId = await WithDb(db => db.Pseudonyms.Where(p => p.Name == otherName).Select(p => p.Id).SingleAsync());
        (await visitor.PostWithTokenAsync("/me", "/me/current", new Dictionary<string, string> { ["id"] = otherId.ToString() })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await visitor.PostWithTokenAsync("/me", "/me/current", new Dictionary<string, string> { ["id"] = "not-a-guid" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task A_full_browser_is_told_kindly_and_keeps_what_it_holds()
    {
        var visitor = NewVisitor();
        for (var i = 0; i < Forum.Web.Identity.PseudonymKeyring.MaxKept; i++) await MakeAsync(visitor, UniqueName("Many"));
        var me = await visitor.GetDocumentAsync("/me");
        me.QuerySelectorAll(".pseudonym").Length.ShouldBe(Forum.Web.Identity.PseudonymKeyring.MaxKept);
        me.QuerySelector("a[href='/me/new']").ShouldBeNull();

        var response = await visitor.SubmitAsync("/me/new", "/me/pseudonyms", new Dictionary<string, string> { ["Name"] = UniqueName("One More") });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ParseAsync()).QuerySelector(ComposerForm.FormError)!.TextContent.ShouldBe(MeController.BrowserFull);
        (await visitor.GetDocumentAsync("/me")).QuerySelectorAll(".pseudonym").Length.ShouldBe(Forum.Web.Identity.PseudonymKeyring.MaxKept);
    }

    [Test]
    public async Task Burning_with_remove_deletes_the_text_the_row_and_the_secret_at_once()
    {
        var writer = NewVisitor();
        var name = UniqueName("Burning Birch");
        var (key, cookie) = await MakeAsync(writer, name);
        var answered = await PostStoryAsync(writer, Unique("A story someone answers"), "My own words about the winter.");
        var unanswered = await PostStoryAsync(writer, Unique("A story nobody answers"), "Words nobody replied to.");
        var other = NewVisitor();
        var otherStory = await PostStoryAsync(other, Unique("Someone else's story"));
        await other.SubmitAsync(answered, Links.Replies(Id(answered)), new Dictionary<string, string> { ["Body"] = "A reply from someone else." });
        await writer.SubmitAsync(otherStory, Links.Replies(Id(otherStory)), new Dictionary<string, string> { ["Body"] = "My reply in their story." });
        await writer.SubmitAsync(otherStory, $"/posts/thread/{Id(otherStory)}/familiar", new Dictionary<string, string> { ["familiar"] = "true" });
        var id = await WithDb(db => db.Pseudonyms.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());

        var burnPage = await writer.GetDocumentAsync($"/me/pseudonyms/{id}/burn");
        burnPage.Body!.TextContent.ShouldContain("can't be undone");
        var response = await writer.SubmitAsync($"/me/pseudonyms/{id}/burn", $"/me/pseudonyms/{id}/burn",
            new Dictionary<string, string> { ["Posts"] = "remove", ["Confirm"] = "true" });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await WithDb(db => db.Pseudonyms.AnyAsync(p => p.Id == id))).ShouldBeFalse();
        (await WithDb(db => db.Reactions.AnyAsync(r => r.PseudonymId == id))).ShouldBeFalse();
        (await WithDb(db => db.Stories.AnyAsync(t => t.Id == Id(unanswered)))).ShouldBeFalse();
        var kept = await WithDb(db => db.Stories.SingleAsync(t => t.Id == Id(answered)));
        (kept.Title, kept.BodySource, kept.BodyHtml, kept.AuthorId).ShouldBe(("", "", "", (Guid?)null));
        (await WithDb(db => db.Replies.Where(r => r.StoryId == Id(otherStory)).Select(r => r.BodySource).ToListAsync())).ShouldBe([""]);

        var reader = NewVisitor();
        var page = await reader.GetDocumentAsync($"/t/{Id(answered)}/removed");
        page.QuerySelector(".story .removed")!.TextContent.ShouldContain("writer removed this story");
        page.QuerySelector(".reply .post-body")!.TextContent.ShouldContain("A reply from someone else.");
        (await reader.GetDocumentAsync(otherStory)).QuerySelector(".reply .removed")!.TextContent.ShouldContain("removed by its writer");
        (await reader.GetAsync(unanswered)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The old secret and the recovery key open nothing now; reading still works for that browser.
        var stale = WithCookie(Factory, cookie);
        var me = await stale.GetDocumentAsync("/me");
        me.QuerySelectorAll(".pseudonym").Length.ShouldBe(0);
        (await NewVisitor().SubmitAsync("/me/recover", "/me/recover", new Dictionary<string, string> { ["key"] = key })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await WritingAsAsync(writer)).ShouldBeNull();
    }

    [Test]
    public async Task Burning_with_keep_leaves_the_posts_under_a_former_member()
    {
        var writer = NewVisitor();
        var name = UniqueName("Keeping Kettle");
        await MakeAsync(writer, name);
        var story = await PostStoryAsync(writer, Unique("Kept story"), "These words stay.");
        var id = await WithDb(db => db.Pseudonyms.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());

        (await writer.SubmitAsync($"/me/pseudonyms/{id}/burn", $"/me/pseudonyms/{id}/burn",
            new Dictionary<string, string> { ["Posts"] = "keep", ["Confirm"] = "true" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await NewVisitor().GetDocumentAsync(story);
        page.QuerySelector(StoryPage.StoryAuthor)!.TextContent.ShouldBe("a former member");
        page.QuerySelector(StoryPage.StoryBody)!.TextContent.ShouldContain("These words stay.");
        page.Body!.TextContent.ShouldNotContain(name);
        (await WithDb(db => db.Pseudonyms.AnyAsync(p => p.Id == id))).ShouldBeFalse();
    }

    [TestCase("", "true", "Choose what should happen")]
    [TestCase("everything", "true", "Choose what should happen")]
    [TestCase("remove", "false", "Tick the box")]
    public async Task Burning_needs_a_choice_and_a_confirmation_and_deletes_nothing_without_them(string posts, string confirm, string message)
    {
        var writer = NewVisitor();
        var name = UniqueName("Unsure Willow");
        await MakeAsync(writer, name);
        var id = await WithDb(db => db.Pseudonyms.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());
        var response = await writer.SubmitAsync($"/me/pseudonyms/{id}/burn", $"/me/pseudonyms/{id}/burn",
            new Dictionary<string, string> { ["Posts"] = posts, ["Confirm"] = confirm });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ParseAsync()).QuerySelectorAll(ComposerForm.AnyFieldError).Select(e => e.TextContent).ShouldContain(m => m.Contains(message));
        (await WithDb(db => db.Pseudonyms.AnyAsync(p => p.Id == id))).ShouldBeTrue();
    }

    [Test]
    public async Task Burning_or_exporting_a_pseudonym_this_browser_does_not_hold_is_403_and_changes_nothing()
    {
        var owner = NewVisitor();
        var name = UniqueName("Guarded Garden");
        await MakeAsync(owner, name);
        var id = await WithDb(db => db.Pseudonyms.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());
        var stranger = NewVisitor();
        await MakeAsync(stranger, UniqueName("Stranger"));

        (await stranger.GetAsync($"/me/pseudonyms/{id}/burn")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await stranger.PostWithTokenAsync("/me", $"/me/pseudonyms/{id}/burn", new Dictionary<string, string> { ["Posts"] = "remove", ["Confirm"] = "true" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await stranger.GetAsync($"/me/pseudonyms/{id}/export")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await stranger.PostWithTokenAsync("/me", $"/me/pseudonyms/{id}/recovery-key", new Dictionary<string, string>())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await WithDb(db => db.Pseudonyms.AnyAsync(p => p.Id == id))).ShouldBeTrue();
    }

    [Test]
    public async Task A_forged_or_stale_cookie_is_no_pseudonym_and_reading_still_works()
    {
        foreach (var cookie in new[] { "garbage", $"{Guid.NewGuid():N}.{Forum.Domain.Pseudonyms.PseudonymSecret.New()}", string.Join('~', Enumerable.Repeat("x", 3000)) })
        {
            var client = WithCookie(Factory, cookie);
            (await client.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
            var me = await client.GetDocumentAsync("/me");
            me.QuerySelectorAll(".pseudonym").Length.ShouldBe(0);
            me.QuerySelector(".writing-as").ShouldBeNull();
        }
    }

    [Test]
    public async Task The_export_holds_everything_the_pseudonym_wrote_and_nothing_of_anyone_else()
    {
        var writer = NewVisitor();
        var name = UniqueName("Exporting Acorn");
        await MakeAsync(writer, name);
        var title = Unique("Exported story");
        var story = await PostStoryAsync(writer, title, "Exported **words**.");
        await writer.SubmitAsync(story, Links.Replies(Id(story)), new Dictionary<string, string> { ["Body"] = "My own follow-up." });
        var other = NewVisitor();
        await other.SubmitAsync(story, Links.Replies(Id(story)), new Dictionary<string, string> { ["Body"] = "Someone else's reply." });
        var id = await WithDb(db => db.Pseudonyms.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());

        var response = await writer.GetAsync($"/me/pseudonyms/{id}/export");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        json.GetProperty("pseudonym").GetProperty("name").GetString().ShouldBe(name);
        json.GetProperty("stories")[0].GetProperty("title").GetString().ShouldBe(title);
        json.GetProperty("stories")[0].GetProperty("markdown").GetString().ShouldBe("Exported **words**.");
        json.GetProperty("replies").GetArrayLength().ShouldBe(1);
        json.GetProperty("replies")[0].GetProperty("markdown").GetString().ShouldBe("My own follow-up.");
        json.ToString().ShouldNotContain("Someone else's reply.");
    }

    [Test]
    public async Task Neutral_tab_titles_apply_to_every_page_once_chosen()
    {
        var visitor = NewVisitor();
        (await visitor.GetDocumentAsync("/r/anxiety")).Title!.ShouldContain("Anxiety");
        (await visitor.SubmitAsync("/me", "/me/discreet", new Dictionary<string, string> { ["on"] = "true" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await visitor.GetDocumentAsync("/r/anxiety")).Title.ShouldBe("Notes");
        (await visitor.GetDocumentAsync("/help")).Title.ShouldBe("Notes");
        await visitor.SubmitAsync("/me", "/me/discreet", new Dictionary<string, string> { ["on"] = "false" });
        (await visitor.GetDocumentAsync("/r/anxiety")).Title!.ShouldContain("Anxiety");
    }

    private static long Id(StoryRef story) => story.Id;
}
