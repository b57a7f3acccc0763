using Microsoft.EntityFrameworkCore;
using Forum.Tests.Infrastructure.Pages;

namespace Forum.Tests.Web;

/// <summary>Readers report posts; moderators see the worrying ones first and resolve them; nobody else ever sees a report.</summary>
public sealed class ReportTests : ModerationWebTest
{
    private static Task<HttpResponseMessage> ReportAsync(HttpClient reader, string kind, long id, string category, string note = "") =>
        reader.SubmitAsync($"/posts/{kind}/{id}/report", $"/posts/{kind}/{id}/report",
            new Dictionary<string, string> { ["Category"] = category, ["Note"] = note });

    [Test]
    public async Task A_reader_without_a_name_reports_a_reply_and_is_thanked_and_nothing_about_them_is_kept()
    {
        var story = await StoryAsync("Reported");
        var reader = NewVisitor();

        var response = await ReportAsync(reader, "reply", story.ReplyId, "harassment", "Mocking the writer");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldEndWith($"#reply-{story.ReplyId}");
        response.Headers.GetValues("Set-Cookie").ShouldNotContain(c => c.StartsWith("forum_pseudonym="));
        (await reader.GetDocumentAsync(response.Headers.Location!.OriginalString)).QuerySelector(StoryPage.ReportThanks)!.TextContent
            .ShouldBe(Forum.Web.Controllers.ReportsController.Thanks);
        var report = await WithDb(db => db.Reports.SingleAsync(r => r.ReplyId == story.ReplyId));
        (report.Category, report.Note, report.StoryId).ShouldBe((ReportCategory.Harassment, "Mocking the writer", story.StoryId));
        var columns = await WithDb(db => db.Database.SqlQuery<string>(
            $"SELECT column_name AS \"Value\" FROM information_schema.columns WHERE table_name = 'reports' ORDER BY 1").ToListAsync());
        columns.ShouldBe(["category", "created_at", "id", "note", "outcome", "reply_id", "resolved_at", "resolved_by", "thread_id"],
            "a report holds the post and the worry, never the reader");
    }

    [Test]
    public async Task Reports_are_never_shown_to_the_public_or_to_the_writer()
    {
        var story = await StoryAsync("A quiet story");
        await ReportAsync(NewVisitor(), "thread", story.StoryId, "spam");
        await ReportAsync(NewVisitor(), "thread", story.StoryId, "at_risk", "VERY-DISTINCT-NOTE");

        foreach (var client in new[] { NewVisitor(), story.Writer })
        {
            var html = await (await client.GetAsync(story.Location)).Content.ReadAsStringAsync();
            html.ShouldNotContain("VERY-DISTINCT-NOTE");
            var text = (await client.GetDocumentAsync(story.Location)).Body!.TextContent;
            text.ShouldNotContain("reported", Case.Insensitive);
            text.ShouldNotContain("2 reports", Case.Insensitive);
            text.ShouldNotContain("at risk", Case.Insensitive);
        }
    }

    [Test]
    public async Task The_queue_puts_someone_at_risk_first_then_the_most_reported_then_the_oldest_and_resolving_clears_it()
    {
        var oldSpam = await StoryAsync("Old spam");
        await ReportAsync(NewVisitor(), "thread", oldSpam.StoryId, "spam");
        Factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var crowded = await StoryAsync("Many reports");
        for (var i = 0; i < 3; i++) await ReportAsync(NewVisitor(), "reply", crowded.ReplyId, "harassment");
        Factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var newSpam = await StoryAsync("New spam");
        await ReportAsync(NewVisitor(), "thread", newSpam.StoryId, "spam");
        var atRisk = await StoryAsync("At risk");
        await ReportAsync(NewVisitor(), "thread", atRisk.StoryId, "at_risk", "They talk about ending it tonight");
        var moderator = await Factory.SignedInModeratorAsync();

        var links = (await moderator.GetDocumentAsync("/mod")).QuerySelectorAll(ModeratedPostPage.QueueLinks).Select(a => a.GetAttribute("href")).ToList();
        var order = new[] { atRisk.StoryPage, crowded.ReplyPage, oldSpam.StoryPage, newSpam.StoryPage }.Select(p => links.IndexOf(p)).ToList();
        order.ShouldAllBe(i => i >= 0);
        order.ShouldBeInOrder();

        var page = await moderator.GetDocumentAsync(atRisk.StoryPage);
        page.QuerySelector(ModeratedPostPage.Reports)!.TextContent.ShouldContain("They talk about ending it tonight");
        var reportId = page.QuerySelector(ModeratedPostPage.ReportItems)!.Id!["report-".Length..];
        var logBefore = await LogRowsAsync();
        var resolved = await moderator.SubmitAsync(atRisk.StoryPage, $"/mod/reports/{reportId}/resolve",
            new Dictionary<string, string> { ["Outcome"] = ReportOutcome.ReachedOut, ["Reason"] = "" });
        resolved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await LogRowsAsync()).ShouldBe(logBefore + 1);
        (await moderator.GetDocumentAsync("/mod")).QuerySelectorAll(ModeratedPostPage.QueueLinks).Select(a => a.GetAttribute("href")).ShouldNotContain(atRisk.StoryPage);
    }

    [Test]
    public async Task Wrong_too_large_and_hostile_reports_are_refused_and_store_nothing()
    {
        var story = await StoryAsync("Bad reports");
        var before = await WithDb(db => db.Reports.CountAsync());

        var noCategory = await ReportAsync(NewVisitor(), "thread", story.StoryId, "");
        noCategory.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noCategory.ParseAsync()).QuerySelector(ReportPage.CategoryError)!.TextContent.ShouldContain("choose what worries you");
        (await ReportAsync(NewVisitor(), "thread", story.StoryId, "'; DROP TABLE reports; --")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var long_ = await ReportAsync(NewVisitor(), "thread", story.StoryId, "other", new string('n', Report.NoteMaxLength + 1));
        long_.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await long_.ParseAsync()).QuerySelector(ReportPage.NoteError)!.TextContent.ShouldContain("1,000");

        (await NewVisitor().GetAsync("/posts/thread/999999999/report")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await NewVisitor().GetAsync("/posts/poem/1/report")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await WithDb(db => db.Reports.CountAsync())).ShouldBe(before);
    }

    [Test]
    public async Task A_removed_post_cannot_be_reported()
    {
        var story = await StoryAsync("Removed then reported");
        var page = $"/posts/reply/{story.ReplyId}/report";
        var reader = NewVisitor();
        var form = await reader.GetDocumentAsync(page);
        var moderator = await Factory.SignedInModeratorAsync();
        await ModerateAsync(moderator, story.ReplyPage, $"{story.ReplyPage}/remove", "Spam");

        (await reader.GetAsync(page)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var late = await reader.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__form"] = form.QuerySelector(ComposerForm.AntiforgeryToken)!.GetAttribute("value")!, ["Category"] = "spam",
        }));
        late.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
