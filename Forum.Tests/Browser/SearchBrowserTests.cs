using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Forum.Tests.Browser;

public sealed class SearchBrowserTests : BrowserTest
{
    [TestCase(true)]
    [TestCase(false)]
    public async Task A_reader_searches_from_the_header_and_sees_the_words_marked(bool javaScript)
    {
        var writer = await NewPageAsync();
        await writer.GotoAsync("/r/anxiety/new");
        await writer.GetByLabel("Title").FillAsync("Panic on the morning train");
        await writer.GetByLabel("Your story").FillAsync("Every morning the train felt smaller. Breathing out slowly, counting the stations, helped a little <b>really</b>.");
        await writer.GetByRole(AriaRole.Button, new() { Name = "Post your story" }).ClickAsync();
        await writer.WaitForURLAsync(new Regex("/t/\\d+/"));

        var page = await NewPageAsync(javaScript);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Search", Exact = true }).ClickAsync();
        await page.GetByLabel("Words to look for").FillAsync("counting stations");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/search\\?q=counting"));

        (await page.Locator(".search-results a.thread-title").First.TextContentAsync()).ShouldBe("Panic on the morning train");
        (await page.Locator(".search-results li").First.Locator("mark").AllTextContentsAsync()).ShouldBe(["counting", "stations"]);
        if (!javaScript) return; // axe runs as a script, so it can only check the page with JavaScript on
        await ScreenshotAsync(page, "search");
        var serious = (await page.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}");
        serious.ShouldBeEmpty();
    }
}
