using AngleSharp.Html.Dom;
using Forum.Domain.Safety.Risk;
using Microsoft.EntityFrameworkCore;

namespace Forum.Tests.Web;

/// <summary>
/// The signal that reaches people: a post whose words may mean its writer is at risk goes first in the moderators'
/// queue and first on /waiting, without anyone reporting it; the writer is told so on the pause, sees the lines beside
/// a preview and again once posted. The flag is a band on the post, nothing else, and readers never see it.
/// </summary>
public sealed class RiskSignalTests : WebTest
{
    private const string Danger = "I want to die tonight. I have saved up my pills and I have said my goodbyes.";
    private const string Ordinary = "Ninety days sober today. The evenings are still the hardest part, but I walk instead.";

    private async Task<HttpResponseMessage> PostAnywayAsync(HttpClient writer, string title, string body, string room = "depression") =>
        await writer.SubmitAsync(Links.NewStory(room), Links.RoomStories(room),
            [("Title", title), ("Body", body), ("Warnings", "suicide"), ("intent", "post-anyway")]);

    private async Task<IHtmlDocument> QueueAsync(HttpClient moderator) => await (await moderator.GetAsync(Links.Mod.Queue())).ParseAsync();

    private static IHtmlElement? AtRiskEntry(IHtmlDocument queue, string title) =>
        queue.QuerySelectorAll("section[aria-labelledby=at-risk-heading] li").OfType<IHtmlElement>()
            .FirstOrDefault(li => li.TextContent.Contains(title, StringComparison.Ordinal));

    [Test]
    public async Task A_story_posted_from_the_pause_goes_first_in_the_queue_unreported_and_readers_never_see_the_flag()
    {
        var title = Unique("Nothing left");
        var posted = await PostAnywayAsync(NewVisitor(), title, Danger);
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var stored = await InDatabaseAsync(db => db.Stories.SingleAsync(t => t.Title == title));
        stored.RiskBand.ShouldNotBe(RiskBand.None);
        stored.RiskSeenAt.ShouldBeNull();
        (await InDatabaseAsync(db => db.Reports.CountAsync(r => r.StoryId == stored.Id))).ShouldBe(0, "nobody reported it");

        var queue = await QueueAsync(await Factory.SignedInModeratorAsync());
        var sections = queue.QuerySelectorAll("main section h2").Select(h => h.Id).ToList();
        sections.IndexOf("at-risk-heading").ShouldBe(0, "who may be at risk comes before reports and held posts");
        var entry = AtRiskEntry(queue, title).ShouldNotBeNull();
        entry.QuerySelector(".meta")!.TextContent.ShouldContain("waiting since");
        entry.QuerySelector("form.mod-notice-form").ShouldNotBeNull("a kind message is one press away");

        var reader = await (await NewVisitor().GetAsync(posted.Headers.Location!.OriginalString)).Content.ReadAsStringAsync();
        reader.ShouldContain(title);
        reader.ShouldNotContain("at risk", Case.Insensitive);
        reader.ShouldNotContain("signs", Case.Insensitive);
    }

    [Test]
    public async Task An_ordinary_story_carries_no_flag_and_stays_out_of_that_list()
    {
        var title = Unique("Ninety days");
        (await PostAnywayAsync(NewVisitor(), title, Ordinary)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await InDatabaseAsync(db => db.Stories.SingleAsync(t => t.Title == title))).RiskBand.ShouldBe(RiskBand.None);
        AtRiskEntry(await QueueAsync(await Factory.SignedInModeratorAsync()), title).ShouldBeNull();
    }

    [Test]
    public async Task A_reply_with_words_of_danger_is_flagged_and_listed_under_its_story()
    {
        var story = await PostStoryAsync(NewVisitor(), Unique("A hard month"), room: "depression");
        var writer = NewVisitor();
        (await writer.SubmitAsync(story, Links.Replies(story.Id), [("Body", Danger), ("intent", "post-anyway")])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await InDatabaseAsync(db => db.Replies.SingleAsync(r => r.StoryId == story.Id))).RiskBand.ShouldNotBe(RiskBand.None);
        var entry = AtRiskEntry(await QueueAsync(await Factory.SignedInModeratorAsync()), "A hard month").ShouldNotBeNull();
        entry.TextContent.ShouldContain("Reply in");
    }

    [Test]
    public async Task Looking_at_it_takes_it_off_the_list_once_even_pressed_twice_at_once_and_the_log_keeps_no_words()
    {
        var title = Unique("Goodbye all");
        await PostAnywayAsync(NewVisitor(), title, Danger);
        var moderator = await Factory.SignedInModeratorAsync();
        var action = AtRiskEntry(await QueueAsync(moderator), title)!.QuerySelector("form[action$='/risk-seen']")!.GetAttribute("action")!;
        var fields = await moderator.HiddenFieldsAsync(Links.Mod.Queue(), action);
        fields.Add(new("Reason", "Sent a message with the lines"));

        var presses = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => moderator.PostAsync(action, new FormUrlEncodedContent(fields))));

        presses.Count(p => p.StatusCode == HttpStatusCode.Redirect).ShouldBe(1, "a double click acts once; the other press finds the page out of date");
        var stored = await InDatabaseAsync(db => db.Stories.SingleAsync(t => t.Title == title));
        stored.RiskSeenAt.ShouldNotBeNull();
        AtRiskEntry(await QueueAsync(moderator), title).ShouldBeNull();
        var log = await InDatabaseAsync(db => db.ModerationLog.Where(e => e.Action == ModerationActions.RiskSeen && e.TargetId == stored.Id).ToListAsync());
        log.Count.ShouldBe(1);
        (log[0].Detail ?? "").ShouldNotContain("pills");
    }

    [Test]
    public async Task Waiting_lists_stories_that_may_need_someone_soon_first_then_the_rest_oldest_first()
    {
        var older = Unique("Older ordinary story");
        var atRisk = Unique("Can't keep going");
        await PostAnywayAsync(NewVisitor(), older, Ordinary);
        await PostAnywayAsync(NewVisitor(), atRisk, Danger);

        var page = await (await NewVisitor().GetAsync(Links.Waiting())).ParseAsync();
        var soon = page.QuerySelector("section.may-need-someone").ShouldNotBeNull();
        soon.TextContent.ShouldContain(atRisk);
        soon.TextContent.ShouldNotContain(older);
        var body = page.Body!.TextContent;
        body.IndexOf(atRisk, StringComparison.Ordinal).ShouldBeLessThan(body.IndexOf(older, StringComparison.Ordinal));
        body.Split(atRisk).Length.ShouldBe(2, "listed once, not again among the rest");
    }

    [Test]
    public async Task A_preview_of_words_of_danger_shows_the_crisis_lines_privately_and_an_ordinary_one_does_not()
    {
        var writer = NewVisitor();
        var danger = await writer.SubmitAsync(Links.NewStory("depression"), Links.RoomStories("depression"),
            [("Title", "Tonight"), ("Body", Danger), ("Warnings", "suicide"), ("intent", "preview")]);
        danger.StatusCode.ShouldBe(HttpStatusCode.OK);
        danger.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var page = await danger.ParseAsync();
        page.QuerySelector(".preview-help").ShouldNotBeNull();
        page.QuerySelectorAll(".preview-help .resource").Length.ShouldBeGreaterThan(1);
        page.QuerySelector(".preview").ShouldNotBeNull("the preview itself is still there");

        var ordinary = await (await writer.SubmitAsync(Links.NewStory("anxiety"), Links.RoomStories("anxiety"),
            [("Title", "A walk"), ("Body", Ordinary), ("intent", "preview")])).ParseAsync();
        ordinary.QuerySelector(".preview").ShouldNotBeNull();
        ordinary.QuerySelector(".preview-help").ShouldBeNull();
        (await InDatabaseAsync(db => db.Stories.CountAsync(t => t.Title == "Tonight" || t.Title == "A walk"))).ShouldBe(0, "a preview writes nothing");
    }

    [Test]
    public async Task After_post_it_now_the_page_first_says_it_is_posted_with_the_lines_then_the_recovery_key_once()
    {
        var writer = NewVisitor();
        var pause = await (await writer.SubmitAsync(Links.NewStory("depression"), Links.RoomStories("depression"),
            [("Title", Unique("Last night")), ("Body", Danger), ("Warnings", "suicide")])).ParseAsync();
        pause.QuerySelector(".risk-told")!.TextContent.ShouldContain("moderator");

        var form = (IHtmlFormElement)pause.QuerySelector(".crisis-pause form")!;
        var fields = form.Elements.OfType<IHtmlInputElement>().Select(i => new KeyValuePair<string, string>(i.Name!, i.Value)).ToList();
        fields.Add(new("intent", "post-anyway"));
        var posted = await writer.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var landing = await (await writer.GetAsync(posted.Headers.Location!.OriginalString)).ParseAsync();
        var main = landing.QuerySelector("main")!;
        var first = main.Children.First();
        first.ClassList.ShouldContain("posted-after-pause");
        first.QuerySelector("h2")!.TextContent.ShouldBe("Your post is up");
        first.QuerySelectorAll(".resource").Length.ShouldBeGreaterThan(1);
        main.Children.ElementAt(1).ClassList.ShouldContain("new-name", "the recovery key comes right after");

        var again = await (await writer.GetAsync(posted.Headers.Location!.OriginalString)).ParseAsync();
        again.QuerySelector(".posted-after-pause").ShouldBeNull("shown once");
    }

    [Test]
    public async Task Deleting_the_post_takes_the_flag_with_its_words()
    {
        var story = await PostStoryAsync(NewVisitor(), Unique("Still here"), room: "depression");
        var writer = NewVisitor();
        (await writer.SubmitAsync(story, Links.Replies(story.Id), [("Body", Danger), ("intent", "post-anyway")])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = (await InDatabaseAsync(db => db.Replies.SingleAsync(r => r.StoryId == story.Id))).Id;
        var delete = Links.DeletePost(PostKind.Reply, id);

        (await writer.SubmitAsync(delete, delete, [("confirm", "true")])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var left = await InDatabaseAsync(db => db.Replies.SingleAsync(r => r.Id == id));
        left.IsDeletedByWriter.ShouldBeTrue("the reply stays as a placeholder");
        (left.RiskBand, left.RiskSeenAt).ShouldBe((RiskBand.None, null));
        AtRiskEntry(await QueueAsync(await Factory.SignedInModeratorAsync()), "Still here").ShouldBeNull();
    }

    [Test]
    public async Task An_edit_into_words_of_danger_flags_the_post_and_one_back_to_ordinary_words_keeps_the_flag()
    {
        var writer = NewVisitor();
        var story = await PostStoryAsync(writer, Unique("An ordinary day"), Ordinary, room: "depression");
        var edit = Links.EditPost(PostKind.Story, story.Id);

        (await writer.SubmitAsync(edit, edit, [("Title", "Not ordinary"), ("Body", Danger), ("Warnings", "suicide"), ("intent", "post-anyway")]))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var flagged = (await InDatabaseAsync(db => db.Stories.SingleAsync(t => t.Id == story.Id))).RiskBand;
        flagged.ShouldNotBe(RiskBand.None);

        (await writer.SubmitAsync(edit, edit, [("Title", "Not ordinary"), ("Body", Ordinary), ("Warnings", "suicide")])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await InDatabaseAsync(db => db.Stories.SingleAsync(t => t.Id == story.Id))).RiskBand.ShouldBe(flagged, "a moderator should still look");
    }
}
