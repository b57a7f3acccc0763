using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Forum.Tests.Infrastructure.Pages;

namespace Forum.Tests.Web;

/// <summary>What a walk-through of the site as its people use it found (issue 27, item 8), over HTTP.</summary>
public sealed class WalkthroughTests : ModerationWebTest
{
    private static Task<HttpResponseMessage> ReportAsync(HttpClient reader, string kind, long id, string category, string note = "") =>
        reader.SubmitAsync($"/posts/{kind}/{id}/report", $"/posts/{kind}/{id}/report",
            new Dictionary<string, string> { ["Category"] = category, ["Note"] = note });

    [Test]
    public async Task A_banned_name_is_told_until_when_and_why_where_the_composer_would_be_and_is_offered_no_familiar_button()
    {
        var story = await StoryAsync("Told before writing");
        var moderator = await Factory.SignedInModeratorAsync();
        (await ModerateAsync(moderator, story.ReplyPage, $"{story.ReplyPage}/author/ban", "Links to a shop, again",
            new Dictionary<string, string> { ["Period"] = "7" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var until = Factory.Clock.GetUtcNow().AddDays(7);
        var banned = story.Replier;

        foreach (var page in new[] { story.Location, Links.NewStory("anxiety") })
        {
            var document = await banned.GetDocumentAsync(page);
            var paused = document.QuerySelector(StoryPage.PausedHeading)!.ParentElement!;
            var end = paused.QuerySelector("time.ban-end")!;
            end.GetAttribute("datetime").ShouldBe(Forum.Web.Infrastructure.TimeText.Machine(until), page);
            end.TextContent.ShouldBe(Forum.Web.Infrastructure.TimeText.Exact(until), "without a script the end is said in UTC, and says so");
            paused.QuerySelector(".ban-reason")!.TextContent.ShouldBe("Links to a shop, again.");
            paused.QuerySelector($"a[href='{Links.Help()}']").ShouldNotBeNull();
            document.QuerySelector("form.composer").ShouldBeNull($"{page} offers no form that would only be refused");
            document.QuerySelector("form.familiar").ShouldBeNull($"{page} offers no “this feels familiar” that would only be refused");
        }

        // Posting is still refused by the server, and the words sent are kept in their form below the notice.
        var sent = await banned.PostWithTokenAsync(Links.NewStory("anxiety"), Links.RoomStories("anxiety"),
            new Dictionary<string, string> { ["Title"] = "A note to keep", ["Body"] = "A few lines about my week that I want to keep.", ["Submission"] = Guid.NewGuid().ToString() });
        sent.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var refused = await sent.ParseAsync();
        refused.QuerySelector(StoryPage.PausedHeading).ShouldNotBeNull();
        refused.QuerySelector(ComposerForm.Body)!.TextContent.ShouldBe("A few lines about my week that I want to keep.");

        // Everyone else still has both.
        var other = await story.Writer.GetDocumentAsync(story.Location);
        other.QuerySelector(StoryPage.PausedHeading).ShouldBeNull();
        other.QuerySelector("form.familiar").ShouldNotBeNull();
        (await story.Writer.GetDocumentAsync(Links.NewStory("anxiety"))).QuerySelector("form.composer").ShouldNotBeNull();
    }

    [Test]
    public async Task The_queue_shows_what_the_reporter_wrote_beside_the_one_press_message()
    {
        var story = await StoryAsync("Note beside the message");
        await ReportAsync(NewVisitor(), "thread", story.StoryId, "at_risk", "They said goodbye to everyone in the last line");
        await ReportAsync(NewVisitor(), "thread", story.StoryId, "at_risk");
        var moderator = await Factory.SignedInModeratorAsync();

        var item = (await moderator.GetDocumentAsync("/mod")).QuerySelectorAll(ModeratedPostPage.QueueItems)
            .Single(li => li.QuerySelector("a")!.GetAttribute("href") == story.StoryPage);
        item.QuerySelectorAll(".queue-notes .report-note").Select(n => n.TextContent).ShouldBe(["They said goodbye to everyone in the last line"]);
        item.QuerySelector(ModeratedPostPage.NoticeForm).ShouldNotBeNull("the note sits beside the one-press message");
    }

    [Test]
    public async Task Resolving_a_report_has_no_outcome_chosen_and_one_sent_without_is_refused_kindly_keeping_the_reason()
    {
        var story = await StoryAsync("No outcome chosen");
        await ReportAsync(NewVisitor(), "thread", story.StoryId, "spam");
        var moderator = await Factory.SignedInModeratorAsync();
        var page = await moderator.GetDocumentAsync(story.StoryPage);
        var select = (IHtmlSelectElement)page.QuerySelector(ModeratedPostPage.ReportOutcome)!;
        select.Value.ShouldBe("", "no outcome is chosen for the moderator");
        select.IsRequired.ShouldBeTrue();
        var reportId = page.QuerySelector(ModeratedPostPage.ReportItems)!.Id!["report-".Length..];
        var logBefore = await LogRowsAsync();

        var refused = await moderator.SubmitAsync(story.StoryPage, $"/mod/reports/{reportId}/resolve",
            new Dictionary<string, string> { ["Outcome"] = "", ["Reason"] = "Checked the links: a real person, not spam" });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var again = await refused.ParseAsync();
        again.QuerySelector(ComposerForm.FormError)!.TextContent.ShouldContain("Please choose an outcome for this report");
        ((IHtmlInputElement)again.QuerySelector($"#report-{reportId}-reason")!).Value.ShouldBe("Checked the links: a real person, not spam");
        (await LogRowsAsync()).ShouldBe(logBefore);
        (await WithDb(db => db.Reports.SingleAsync(r => r.Id == long.Parse(reportId)))).IsResolved.ShouldBeFalse();
    }

    [Test]
    public async Task The_burn_page_says_the_day_count_and_check_ins_go_with_the_name()
    {
        var visitor = NewVisitor();
        await PostStoryAsync(visitor, Unique("Before burning"));
        var burn = (await visitor.GetDocumentAsync("/me")).QuerySelector("a.danger[href*='/burn']")!.GetAttribute("href")!;

        var text = (await visitor.GetDocumentAsync(burn)).QuerySelector("form.burn")!.TextContent;

        text.ShouldContain("count of days");
        text.ShouldContain("daily check-ins");
    }

    [Test]
    public async Task A_reason_ends_its_sentence_once_whether_or_not_the_moderator_ended_it()
    {
        var story = await StoryAsync("Full stops");
        var moderator = await Factory.SignedInModeratorAsync();
        (await ModerateAsync(moderator, story.ReplyPage, $"{story.ReplyPage}/remove", "Spam.")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ModerateAsync(moderator, story.StoryPage, Links.Mod.Lock(story.StoryId), "Off topic for this room")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var removed = (await moderator.GetDocumentAsync(story.ReplyPage)).QuerySelector($"{ModeratedPostPage.State} .mod-flag")!.TextContent;
        removed.ShouldEndWith(": Spam.");
        (await NewVisitor().GetDocumentAsync(story.Location)).QuerySelector("#closed-heading")!.ParentElement!.TextContent
            .ShouldContain("Off topic for this room. You can still read everything here.");
    }
}
