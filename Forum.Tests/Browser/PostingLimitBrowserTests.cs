using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Forum.Tests.Infrastructure.Pages;

namespace Forum.Tests.Browser;

/// <summary>What a writer sees when a posting limit stops a reply: the same page, their words in the box, a kind word.</summary>
public sealed class PostingLimitBrowserTests : BrowserTest
{
    protected override void ConfigureApp(ForumWebFactory factory)
    {
        factory.Settings["RateLimits:Enabled"] = "true";
        // One reply per name, so the second one meets the limit.
        factory.Settings["RateLimits:Replies:PermitLimit"] = "1";
    }

    [Test]
    public async Task A_reply_over_the_limit_stays_in_its_box_with_a_note_saying_when()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/r/anxiety/new");
        await page.GetByLabel("Title").FillAsync("A long week");
        await page.GetByLabel("Your story").FillAsync("It has been a long week, and I'm tired.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Post your story" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/t/\\d+/a-long-week$"));
        await page.GetByLabel("Your reply").FillAsync("Adding a little more about today.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Post your reply" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("#reply-\\d+$"));

        const string words = "And one more thing I wanted to say, which I'd hate to lose.";
        await page.GetByLabel("Your reply").FillAsync(words);
        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Post your reply" }).ClickAsync(),
            r => r.Request.Method == "POST");

        response.Status.ShouldBe(429);
        (await page.GetByLabel("Your reply").InputValueAsync()).ShouldBe(words);
        (await page.Locator(ComposerForm.FormError).TextContentAsync())!.ShouldContain("Your words are still here");
        await ScreenshotAsync(page, "reply-over-the-limit");
    }
}
