using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Forum.Tests.Browser;

public sealed class ProgressBrowserTests : BrowserTest
{
    [Test]
    public async Task A_writer_checks_in_sets_a_count_and_sees_the_chart()
    {
        var page = await NewPageAsync();
        var today = DateOnly.FromDateTime(Factory.Clock.GetUtcNow().UtcDateTime);
        foreach (var (daysAgo, mood) in new[] { (20, "2"), (14, "3"), (9, "2"), (5, "4"), (0, "4") })
        {
            await page.GotoAsync("/me/progress");
            await page.GetByLabel("Day", new() { Exact = true }).FillAsync(today.AddDays(-daysAgo).ToString("yyyy-MM-dd"));
            await page.Locator($"input[name=Mood][value='{mood}']").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Save check-in" }).ClickAsync();
            await page.WaitForURLAsync("**/me/progress");
        }
        await page.GetByLabel("Days…", new() { Exact = true }).FillAsync("without a drink");
        await page.GetByLabel("Counting from", new() { Exact = true }).FillAsync(today.AddDays(-31).ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Start counting" }).ClickAsync();
        await page.WaitForURLAsync("**/me/progress");

        (await page.Locator("svg.chart circle").CountAsync()).ShouldBe(5);
        (await page.Locator(".count").TextContentAsync()).ShouldBe("31 days without a drink");
        await ScreenshotAsync(page, "progress");

        var serious = (await page.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}");
        serious.ShouldBeEmpty();
    }
}
