using System.Globalization;
using Forum.Data;
using Microsoft.EntityFrameworkCore;
using Forum.Tests.Infrastructure.Pages;

namespace Forum.Tests.Web;

public sealed class ProgressTests : WebTest
{
    private string Today => DateOnly.FromDateTime(Factory.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private string DaysAgo(int days) => DateOnly.FromDateTime(Factory.Clock.GetUtcNow().UtcDateTime).AddDays(-days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Task<HttpResponseMessage> CheckInAsync(HttpClient visitor, string day, string mood, string note = "") =>
        visitor.SubmitAsync("/me/progress", "/me/progress/check-ins", new Dictionary<string, string> { ["Day"] = day, ["Mood"] = mood, ["Note"] = note });

    private static Task<HttpResponseMessage> SetCountAsync(HttpClient visitor, string label, string startedOn) =>
        visitor.SubmitAsync("/me/progress", "/me/progress/milestone", new Dictionary<string, string> { ["Label"] = label, ["StartedOn"] = startedOn });

    private async Task<T> WithDb<T>(Func<ForumDbContext, Task<T>> work)
    {
        await using var db = TestPostgres.CreateContext(Factory.ConnectionString);
        return await work(db);
    }

    [Test]
    public async Task A_first_check_in_makes_a_pseudonym_and_the_chart_has_one_point_per_day()
    {
        var visitor = NewVisitor();
        (await CheckInAsync(visitor, DaysAgo(10), "2")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await CheckInAsync(visitor, DaysAgo(3), "4", "Walked to the river.")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await CheckInAsync(visitor, Today, "1")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        // A second check-in for the same day replaces the first.
        (await CheckInAsync(visitor, Today, "5", "Better by evening.")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await visitor.GetDocumentAsync("/me/progress");
        var points = page.QuerySelectorAll("svg.chart circle.chart-point")
            .Select(c => (Day: c.GetAttribute("data-day"), Mood: c.GetAttribute("data-mood"), X: double.Parse(c.GetAttribute("cx")!, CultureInfo.InvariantCulture), Y: double.Parse(c.GetAttribute("cy")!, CultureInfo.InvariantCulture)))
            .ToList();
        points.Select(p => (p.Day, p.Mood)).ShouldBe([(DaysAgo(10), "2"), (DaysAgo(3), "4"), (Today, "5")]);
        points.Select(p => p.X).ShouldBeInOrder(SortDirection.Ascending);
        points[2].Y.ShouldBeLessThan(points[1].Y, "a better day is drawn higher");
        points[1].Y.ShouldBeLessThan(points[0].Y);
        page.QuerySelectorAll("svg.chart polyline").ShouldBeEmpty("no two of these days are in a row, and a line across a gap would invent the days between");
        page.QuerySelector("svg.chart [style]").ShouldBeNull("inline style would break under the CSP");
        page.QuerySelector("#chart-summary")!.TextContent.ShouldBe(
            $"3 check-ins in the last 90 days, with an average mood of 3.7 out of 5. The most recent, on {DateOnly.FromDateTime(Factory.Clock.GetUtcNow().UtcDateTime).ToString("d MMMM", CultureInfo.InvariantCulture)}, was 5 out of 5.");
        page.QuerySelector("svg.chart")!.GetAttribute("aria-labelledby").ShouldBe("chart-summary");
        page.QuerySelector("textarea#note")!.TextContent.ShouldBe("Better by evening.", "today's check-in is there to change");
    }

    [Test]
    public async Task Check_ins_are_seen_only_by_their_pseudonym()
    {
        var owner = NewVisitor();
        var secret = "private note " + Guid.NewGuid().ToString("N");
        (await CheckInAsync(owner, Today, "3", secret)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await owner.GetStringAsync("/me/progress")).ShouldContain(secret);

        var someoneElse = NewVisitor();
        await PostStoryAsync(someoneElse, Unique("Someone else's story"));
        var theirs = await someoneElse.GetStringAsync("/me/progress");
        theirs.ShouldNotContain(secret);
        (await Factory.CreateClient().GetStringAsync("/me/progress")).ShouldNotContain(secret);

        // A forged pseudonym id in the form is ignored: the cookie decides whose check-in it is.
        var forged = await someoneElse.SubmitAsync("/me/progress", "/me/progress/check-ins",
            new Dictionary<string, string> { ["Day"] = Today, ["Mood"] = "1", ["Note"] = "forged", ["PseudonymId"] = Guid.NewGuid().ToString() });
        forged.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await owner.GetStringAsync("/me/progress")).ShouldNotContain("forged");
    }

    [Test]
    public async Task Starting_the_count_again_keeps_the_history_and_the_longest_stretch()
    {
        var visitor = NewVisitor();
        (await SetCountAsync(visitor, "without a drink", DaysAgo(40))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var before = await visitor.GetDocumentAsync("/me/progress");
        before.QuerySelector(".count")!.TextContent.ShouldBe("40 days without a drink");

        (await visitor.SubmitAsync("/me/progress", "/me/progress/milestone/start-again", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var after = await visitor.GetDocumentAsync("/me/progress");
        after.QuerySelector(".count")!.TextContent.ShouldBe("0 days without a drink");
        after.QuerySelector(".count + .hint")!.TextContent.ShouldContain("Your longest stretch: 40 days");
        after.QuerySelector(".stretches li")!.TextContent.ShouldStartWith("40 days,");
        var text = after.Body!.TextContent.ToLowerInvariant();
        foreach (var shaming in new[] { "fail", "relapsed", "broke", "lost your" })
            text.ShouldNotContain(shaming);
    }

    [Test]
    public async Task The_count_is_shown_beside_the_name_on_posts_only_when_chosen()
    {
        var visitor = NewVisitor();
        var location = await PostStoryAsync(visitor, Unique("Counting days"));
        (await SetCountAsync(visitor, "clean", DaysAgo(12))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Factory.CreateClient().GetDocumentAsync(location)).QuerySelector(StoryPage.StoryDaysBadge).ShouldBeNull("off by default");

        (await visitor.SubmitAsync("/me/progress", "/me/progress/milestone/beside-name", new Dictionary<string, string> { ["show"] = "true" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Factory.CreateClient().GetDocumentAsync(location)).QuerySelector(StoryPage.StoryDaysBadge)!.TextContent.ShouldBe("12 days");

        (await visitor.SubmitAsync("/me/progress", "/me/progress/milestone/beside-name", new Dictionary<string, string> { ["show"] = "false" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Factory.CreateClient().GetDocumentAsync(location)).QuerySelector(StoryPage.StoryDaysBadge).ShouldBeNull();
    }

    [Test]
    public async Task The_export_carries_the_check_ins_and_the_count()
    {
        var visitor = NewVisitor();
        (await CheckInAsync(visitor, DaysAgo(1), "2", "kept for me")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await SetCountAsync(visitor, "since the move", DaysAgo(9))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await visitor.SubmitAsync("/me/progress", "/me/progress/milestone/start-again", []);
        var id = await WithDb(db => db.CheckIns.Where(c => c.Note == "kept for me").Select(c => c.PseudonymId).SingleAsync());

        var response = await visitor.GetAsync($"/me/pseudonyms/{id}/export");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var progress = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("progress");
        progress.GetProperty("checkIns")[0].GetProperty("note").GetString().ShouldBe("kept for me");
        progress.GetProperty("checkIns")[0].GetProperty("mood").GetInt32().ShouldBe(2);
        progress.GetProperty("milestone").GetProperty("label").GetString().ShouldBe("since the move");
        progress.GetProperty("milestone").GetProperty("earlierStretches").GetArrayLength().ShouldBe(1);
    }

    [Test]
    public async Task Burning_a_pseudonym_deletes_its_progress()
    {
        var visitor = NewVisitor();
        (await CheckInAsync(visitor, Today, "3", "gone soon")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await SetCountAsync(visitor, "since the move", DaysAgo(5))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await visitor.SubmitAsync("/me/progress", "/me/progress/milestone/start-again", []);
        var id = await WithDb(db => db.CheckIns.Where(c => c.Note == "gone soon").Select(c => c.PseudonymId).SingleAsync());

        await WithDb(db => db.Database.ExecuteSqlAsync($"DELETE FROM pseudonyms WHERE id = {id}"));

        (await WithDb(db => db.CheckIns.CountAsync(c => c.PseudonymId == id))).ShouldBe(0);
        (await WithDb(db => db.Milestones.CountAsync(m => m.PseudonymId == id))).ShouldBe(0);
        (await WithDb(db => db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM milestone_stretches WHERE pseudonym_id = {id}").SingleAsync())).ShouldBe(0);
    }

    [TestCase("", "3", "Choose the day")]
    [TestCase("2026-02-30", "3", "Choose the day")]
    [TestCase("<script>", "3", "Choose the day")]
    [TestCase("TODAY", "0", "from 1 to 5")]
    [TestCase("TODAY", "6", "from 1 to 5")]
    [TestCase("TODAY", "-1", "from 1 to 5")]
    [TestCase("TODAY", "3.5", "from 1 to 5")]
    [TestCase("TODAY", "", "from 1 to 5")]
    [TestCase("TODAY", "99999999999999", "from 1 to 5")]
    [TestCase("FUTURE", "3", "today or any of the last 90 days")]
    [TestCase("OLD", "3", "today or any of the last 90 days")]
    public async Task A_wrong_check_in_is_refused_kindly_and_nothing_is_saved(string day, string mood, string message)
    {
        day = day switch { "TODAY" => Today, "FUTURE" => DaysAgo(-5), "OLD" => DaysAgo(120), _ => day };
        var visitor = NewVisitor();
        var countBefore = await WithDb(db => db.CheckIns.CountAsync());

        var response = await CheckInAsync(visitor, day, mood, "a note");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ParseAsync()).QuerySelector(ComposerForm.AnyFieldError)!.TextContent.ShouldContain(message);
        (await WithDb(db => db.CheckIns.CountAsync())).ShouldBe(countBefore);
        response.Headers.TryGetValues("Set-Cookie", out var cookies);
        (cookies ?? []).ShouldNotContain(c => c.StartsWith("forum_pseudonym"), "no pseudonym is made for a refused check-in");
    }

    [Test]
    public async Task An_oversized_note_or_label_is_refused_with_its_length()
    {
        var response = await CheckInAsync(NewVisitor(), Today, "3", new string('a', 1001));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ParseAsync()).QuerySelector(ComposerForm.AnyFieldError)!.TextContent.ShouldContain("up to 1,000 characters");

        var label = await SetCountAsync(NewVisitor(), new string('x', 81), Today);
        label.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await label.ParseAsync()).QuerySelector(ComposerForm.AnyFieldError)!.TextContent.ShouldContain("up to 80 characters");

        var future = await SetCountAsync(NewVisitor(), "since spring", DaysAgo(-3));
        future.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await future.ParseAsync()).QuerySelector(ComposerForm.AnyFieldError)!.TextContent.ShouldContain("today or earlier");
    }

    [Test]
    public async Task A_note_with_markup_is_shown_as_text()
    {
        var visitor = NewVisitor();
        (await CheckInAsync(visitor, Today, "3", "<img src=x onerror=alert(1)> fine")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await visitor.GetDocumentAsync("/me/progress");
        page.QuerySelector(".check-in-list img").ShouldBeNull();
        page.QuerySelector(".check-in-note")!.TextContent.ShouldContain("<img src=x onerror=alert(1)> fine");
    }

    [Test]
    public async Task Changing_a_count_without_a_pseudonym_is_refused_and_makes_none()
    {
        var visitor = NewVisitor();
        var token = (await visitor.GetDocumentAsync("/me/progress")).QuerySelector(ComposerForm.AntiforgeryToken)!.GetAttribute("value")!;
        var response = await visitor.PostAsync("/me/progress/milestone/start-again", new FormUrlEncodedContent(new Dictionary<string, string> { ["__form"] = token }));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Headers.TryGetValues("Set-Cookie", out var cookies);
        (cookies ?? []).ShouldNotContain(c => c.StartsWith("forum_pseudonym"));
    }
}
