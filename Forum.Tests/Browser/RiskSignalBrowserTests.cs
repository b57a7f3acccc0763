using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Forum.Tests.Browser;

/// <summary>
/// On a 390-pixel phone, as a writer at 2 a.m. meets it: the lines beside a preview, "your post is up" with the lines
/// before the recovery key after "Post it now", and the post first in the moderators' queue without any report.
/// </summary>
public sealed class RiskSignalBrowserTests : BrowserTest
{
    private const int PhoneWidth = 390;
    private const string Words = "honestly everyone would be better off without me. i want to die tonight, ive got the pills ready";

    private static async Task NoWiderThanThePhoneAsync(IPage page) =>
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(PhoneWidth);

    [TestCase(true)]
    [TestCase(false)]
    public async Task A_writer_at_risk_sees_help_beside_the_preview_and_again_once_posted_then_a_moderator_sees_it_first(bool javaScript)
    {
        var title = $"Cant sleep again {(javaScript ? "js" : "plain")} {Guid.NewGuid().ToString("N")[..6]}";
        var page = await NewPageAsync(javaScript);
        await page.SetViewportSizeAsync(PhoneWidth, 844);
        await page.GotoAsync("/r/depression/new");
        await page.GetByLabel("Title").FillAsync(title);
        await page.GetByLabel("Your story").FillAsync(Words);
        await page.GetByLabel("Suicide").CheckAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await page.Locator(".preview-help").WaitForAsync();
        (await page.Locator(".preview-help .resource").CountAsync()).ShouldBeGreaterThan(1);
        (await page.Locator(".preview").IsVisibleAsync()).ShouldBeTrue();
        await NoWiderThanThePhoneAsync(page);
        await ScreenshotAsync(page, $"phone-390-preview-help{(javaScript ? "" : "-no-js")}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Post your story" }).ClickAsync();
        (await page.Locator("h1").TextContentAsync()).ShouldBe("Before you post");
        (await page.Locator(".risk-told").TextContentAsync())!.ShouldContain("moderator");
        await page.GetByRole(AriaRole.Button, new() { Name = "Post it now" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/t/\\d+/"));

        var first = page.Locator("main > *").First;
        (await first.GetAttributeAsync("class"))!.ShouldContain("posted-after-pause");
        (await page.Locator(".posted-after-pause h2").TextContentAsync()).ShouldBe("Your post is up");
        var key = page.Locator("main > *").Nth(1);
        (await key.GetAttributeAsync("class"))!.ShouldContain("new-name", Case.Sensitive, "the recovery key comes right after");
        if (javaScript) (await page.GetByRole(AriaRole.Button, new() { Name = "Copy the key" }).CountAsync()).ShouldBe(1);
        await NoWiderThanThePhoneAsync(page);
        await ScreenshotAsync(page, $"phone-390-posted-after-pause{(javaScript ? "" : "-no-js")}");

        var moderator = await SignedInModeratorPageAsync(javaScript);
        await moderator.SetViewportSizeAsync(PhoneWidth, 844);
        await moderator.ReloadAsync();
        var entry = moderator.Locator("section[aria-labelledby=at-risk-heading] li", new() { HasText = title });
        (await entry.CountAsync()).ShouldBe(1);
        (await entry.Locator(".meta").TextContentAsync())!.ShouldContain("waiting since");
        await NoWiderThanThePhoneAsync(moderator);
        await ScreenshotAsync(moderator, $"phone-390-queue-at-risk{(javaScript ? "" : "-no-js")}");

        await entry.GetByLabel("What you did").FillAsync("Sent a kind message with the lines");
        await entry.GetByRole(AriaRole.Button, new() { Name = "I've looked at it" }).ClickAsync();
        await moderator.Locator(".mod-done").WaitForAsync();
        (await moderator.Locator("section[aria-labelledby=at-risk-heading] li", new() { HasText = title }).CountAsync()).ShouldBe(0);
    }
}
