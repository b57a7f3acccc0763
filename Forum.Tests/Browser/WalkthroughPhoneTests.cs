using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Forum.Tests.Browser;

/// <summary>What a walk-through at 390 px found (issue 27, item 8): times in the reader's zone, the chart, /me's controls.</summary>
[Category("Browser")]
public sealed class WalkthroughPhoneTests : BrowserTest
{
    private const int PhoneWidth = 390;

    /// <summary>A phone in India, UTC+5:30: a half hour no UTC time can pass for.</summary>
    private const string Zone = "Asia/Kolkata";

    private static string Unique(string text) => $"{text} {Guid.NewGuid().ToString("N")[..8]}";

    /// <param name="as">A page whose cookies (the same name, the same moderator) the new one starts with.</param>
    private async Task<IPage> PhoneAsync(bool javaScript = true, IPage? @as = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress, JavaScriptEnabled = javaScript, TimezoneId = Zone, Locale = "en-GB",
            ViewportSize = new ViewportSize { Width = PhoneWidth, Height = 844 },
            StorageState = @as is null ? null : await @as.Context.StorageStateAsync(),
        });
        context.SetDefaultTimeout(180_000);
        context.SetDefaultNavigationTimeout(180_000);
        return await context.NewPageAsync();
    }

    private static async Task<long> PostStoryAsync(IPage page, string title)
    {
        await page.GotoAsync("/r/anxiety/new");
        await page.GetByLabel("Title").FillAsync(title);
        await page.GetByLabel("Your story").FillAsync("A week of small steps, written down so I remember them.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Post your story" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/t/\\d+/"));
        return long.Parse(new Uri(page.Url).AbsolutePath.Split('/')[2]);
    }

    [Test]
    public async Task A_bans_end_and_the_log_are_in_the_readers_own_time_zone_and_in_utc_without_script()
    {
        var writer = await PhoneAsync();
        var storyId = await PostStoryAsync(writer, Unique("Times where I am"));
        var moderator = await SignedInModeratorPageAsync();
        await moderator.GotoAsync($"/mod/threads/{storyId}");
        await moderator.Locator("#ban-period").SelectOptionAsync("7");
        await moderator.Locator("#ban-reason").FillAsync("Links to a shop, again");
        await moderator.GetByRole(AriaRole.Button, new() { Name = "Ban this name from posting and reacting" }).ClickAsync();
        await moderator.Locator(".mod-done").WaitForAsync();

        await writer.GotoAsync("/r/anxiety/new");
        // Said twice: in the moderators' notice at the top, and where the form would be.
        var ends = writer.Locator("time.ban-end");
        await Assertions.Expect(ends).ToHaveCountAsync(2);
        var at = DateTimeOffset.Parse((await ends.First.GetAttributeAsync("datetime"))!, CultureInfo.InvariantCulture);
        var local = TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(Zone));
        for (var i = 0; i < 2; i++)
        {
            var end = ends.Nth(i);
            await Assertions.Expect(end).Not.ToContainTextAsync("UTC");
            await Assertions.Expect(end).ToContainTextAsync(local.ToString("HH:mm", CultureInfo.InvariantCulture));
            await Assertions.Expect(end).ToContainTextAsync(local.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));
        }
        await ScreenshotAsync(writer, "phone-390-ban-end-local");

        var withoutScript = await PhoneAsync(javaScript: false, @as: writer);
        await withoutScript.GotoAsync("/r/anxiety/new");
        (await withoutScript.Locator("time.ban-end").AllTextContentsAsync())
            .ShouldBe(Enumerable.Repeat(at.UtcDateTime.ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture), 2));
        await ScreenshotAsync(withoutScript, "phone-390-ban-end-utc-without-script");

        var logReader = await PhoneAsync(@as: moderator);
        await logReader.GotoAsync("/mod/log");
        var first = logReader.Locator(".mod-log tbody tr time").First;
        var logged = TimeZoneInfo.ConvertTime(DateTimeOffset.Parse((await first.GetAttributeAsync("datetime"))!, CultureInfo.InvariantCulture),
            TimeZoneInfo.FindSystemTimeZoneById(Zone));
        await Assertions.Expect(first).ToContainTextAsync(logged.ToString("HH:mm", CultureInfo.InvariantCulture));
        await Assertions.Expect(first).Not.ToContainTextAsync("UTC");
        await ScreenshotAsync(logReader, "phone-390-mod-log-local");
    }

    [Test]
    public async Task The_progress_chart_has_labels_of_12_pixels_and_no_line_across_missing_days_on_a_phone()
    {
        var page = await PhoneAsync();
        var today = DateOnly.FromDateTime(Factory.Clock.GetUtcNow().UtcDateTime);
        var checkIns = new[] { (12, "2"), (11, "3"), (4, "3"), (3, "4"), (0, "5") };
        for (var i = 0; i < checkIns.Length; i++)
        {
            var (daysAgo, mood) = checkIns[i];
            await page.GotoAsync("/me/progress");
            await page.Locator($"input[name=Mood][value='{mood}']").CheckAsync();
            await page.Locator("input[name=Day]").FillAsync(today.AddDays(-daysAgo).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await page.GetByRole(AriaRole.Button, new() { Name = "Save check-in" }).ClickAsync();
            await Assertions.Expect(page.Locator("svg.chart circle.chart-point")).ToHaveCountAsync(i + 1);
        }
        await page.GotoAsync("/me/progress");
        await page.Locator("svg.chart").ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(page, "phone-390-progress-chart");
        await page.Locator(".progress-chart").ScreenshotAsync(new LocatorScreenshotOptions
        {
            Path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots", "phone-390-progress-chart-alone.png"),
        });

        (await page.Locator("svg.chart circle.chart-point").CountAsync()).ShouldBe(5);
        var lines = await page.Locator("svg.chart polyline").EvaluateAllAsync<string[]>("lines => lines.map(l => l.getAttribute('points'))");
        lines.Select(l => l.Split(' ').Length).ShouldBe([2, 2], "12–11 days ago and 4–3 days ago are joined; today stands alone");

        var smallest = await page.EvaluateAsync<double>(
            "Math.min(...[...document.querySelectorAll('svg.chart .chart-label')].map(t => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a))");
        smallest.ShouldBeGreaterThanOrEqualTo(12, $"the chart's labels are {smallest:0.0} px on a {PhoneWidth} px screen");
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(PhoneWidth);
    }

    [Test]
    public async Task Edit_and_delete_on_me_are_24_pixels_each_way_and_apart_on_a_phone()
    {
        var page = await PhoneAsync();
        await PostStoryAsync(page, Unique("Edit me later"));
        await page.GotoAsync("/me");
        var post = page.Locator(".own-posts li").First;
        await post.ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(page, "phone-390-me-own-posts");

        var edit = (await post.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true }).BoundingBoxAsync())!;
        var delete = (await post.GetByRole(AriaRole.Link, new() { Name = "Delete", Exact = true }).BoundingBoxAsync())!;
        foreach (var (name, box) in new[] { ("Edit", edit), ("Delete", delete) })
        {
            box.Width.ShouldBeGreaterThanOrEqualTo(24, $"{name} is {box.Width} px wide");
            box.Height.ShouldBeGreaterThanOrEqualTo(24, $"{name} is {box.Height} px high");
        }
        var apart = delete.Y >= edit.Y + edit.Height ? delete.Y - (edit.Y + edit.Height) : delete.X - (edit.X + edit.Width);
        apart.ShouldBeGreaterThanOrEqualTo(8, "Edit and Delete are far enough apart not to press the wrong one");
    }
}
