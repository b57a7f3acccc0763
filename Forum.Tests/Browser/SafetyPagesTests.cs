using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Forum.Tests.Browser;

public sealed class SafetyPagesTests : BrowserTest
{
    [Test]
    public async Task Help_and_support_are_a_click_away_from_any_page()
    {
        var page = await NewPageAsync(javaScript: false);
        await page.GotoAsync("/r/addiction-recovery");
        await page.GetByRole(AriaRole.Link, new() { Name = "Need help now?" }).ClickAsync();
        await page.WaitForURLAsync("**/help");
        (await page.Locator(".not-emergency").TextContentAsync())!.ShouldContain("not an emergency service");
        await ScreenshotAsync(page, "help");

        await page.GotoAsync("/r/addiction-recovery");
        await page.GetByRole(AriaRole.Link, new() { Name = "Professional help for this" }).ClickAsync();
        await page.WaitForURLAsync("**/support?room=addiction-recovery");
        (await page.Locator(".resource strong").AllTextContentsAsync()).ShouldContain("SMART Recovery");
        await ScreenshotAsync(page, "support-addiction-recovery");

        await page.GetByLabel("Show what's most useful for").SelectOptionAsync(new SelectOptionValue { Label = "every room" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await page.WaitForURLAsync("**/support?room=");
        (await page.Locator(".resource strong").AllTextContentsAsync()).ShouldContain("Beyond Blue");
        await ScreenshotAsync(page, "support");
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task A_writer_whose_words_say_they_are_in_danger_sees_help_first_and_can_still_post(bool javaScript)
    {
        var title = $"Can't do this {(javaScript ? "tonight" : "today")}";
        var page = await NewPageAsync(javaScript);
        await page.GotoAsync("/r/depression/new");
        await page.GetByLabel("Title").FillAsync(title);
        await page.GetByLabel("Your story").FillAsync("I keep thinking everyone would be better off dead without me around.");
        await page.GetByLabel("Suicide").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Post your story" }).ClickAsync();

        (await page.Locator("h1").TextContentAsync()).ShouldBe("Before you post");
        (await page.Locator(".crisis-pause .resource").CountAsync()).ShouldBeGreaterThan(3);
        await ScreenshotAsync(page, javaScript ? "crisis-pause" : "crisis-pause-no-js");

        await page.GetByRole(AriaRole.Button, new() { Name = "Go back and edit" }).ClickAsync();
        (await page.GetByLabel("Your story").InputValueAsync()).ShouldContain("better off dead");
        (await page.GetByLabel("Title").InputValueAsync()).ShouldBe(title);
        (await page.GetByLabel("Suicide").IsCheckedAsync()).ShouldBeTrue();

        await page.GetByRole(AriaRole.Button, new() { Name = "Post your story" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Post it now" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/t/\\d+/"));
        (await page.Locator("h1").TextContentAsync()).ShouldBe(title);
    }
}
