using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Forum.Tests.Infrastructure.Pages;

namespace Forum.Tests.Browser;

/// <summary>Writing as people do: previewing and going back, drafts kept on the device, quoting a passage.</summary>
public sealed class ComposerBrowserTests : BrowserTest
{
    [Test]
    public async Task Back_after_a_preview_shows_the_preview_again_not_a_resubmission_page()
    {
        var page = await NewPageAsync(javaScript: false);
        await page.GotoAsync("/r/relationships/new");
        var title = Unique("Back after a preview");
        await page.GetByLabel("Title").FillAsync(title);
        await page.GetByLabel("Your story").FillAsync("Seeing it laid out before it goes up helps me breathe.");
        await page.GetByLabel("Abuse and trauma").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await page.Locator(".preview").WaitForAsync();
        (await page.Locator(".preview .preview-title").TextContentAsync()).ShouldBe(title);
        (await page.Locator(".preview details.warned").GetAttributeAsync("open")).ShouldBeNull("readers meet it folded, so the preview shows the fold");

        await page.GetByRole(AriaRole.Button, new() { Name = "Post your story" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/t/\\d+/"));
        await page.GoBackAsync();

        await ScreenshotAsync(page, "back-after-preview");
        page.Url.ShouldEndWith("/r/relationships/threads");
        (await page.Locator(".preview .post-body").TextContentAsync())!.ShouldContain("laid out before it goes up");
    }

    private static string Unique(string text) => $"{text} {Guid.NewGuid().ToString("N")[..8]}";
}
