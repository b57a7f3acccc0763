using Forum.Tests.Infrastructure.Pages;
using Microsoft.Playwright;

namespace Forum.Tests.Browser;

/// <summary>
/// Someone reported as at risk, reached from the queue in one step, reads the moderators' message and the crisis
/// lines on a phone and marks it read; all without JavaScript.
/// </summary>
public sealed class ModeratorNoticeBrowserTests : BrowserTest
{
    [Test]
    public async Task A_writer_reported_at_risk_gets_crisis_lines_from_the_queue_and_marks_them_read_on_a_phone_without_javascript()
    {
        var writer = await NewPageAsync(javaScript: false);
        await writer.SetViewportSizeAsync(390, 844);
        var (storyId, _) = await ReportedAtRiskStoryAsync(writer, "Nobody to tell " + Guid.NewGuid().ToString("N")[..8]);

        var moderator = await SignedInModeratorPageAsync(javaScript: false);
        var item = moderator.Locator(ModeratedPostPage.QueueItems).Filter(new() { Has = moderator.Locator($"a[href='/mod/threads/{storyId}']") });
        await item.GetByLabel("Crisis lines to show with it").SelectOptionAsync("United Kingdom");
        await item.GetByRole(AriaRole.Button, new() { Name = "Send this, with the crisis lines" }).ClickAsync();
        (await moderator.Locator(ModeratedPostPage.Done).TextContentAsync())!.ShouldContain("waiting for them");

        await writer.GotoAsync($"/r/anxiety");
        var notice = writer.Locator(NoticeBanner.Notice);
        (await notice.Locator("h2").TextContentAsync()).ShouldBe("A message from the moderators");
        (await notice.TextContentAsync())!.ShouldContain("Samaritans");
        (await notice.Locator("a[href^='tel:']").CountAsync()).ShouldBeGreaterThan(0, "a number to call with one tap");
        await ScreenshotAsync(writer, "phone-390-notice");
        (await writer.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
        var button = (await notice.GetByRole(AriaRole.Button, new() { Name = "I've read this" }).BoundingBoxAsync())!;
        button.Height.ShouldBeGreaterThanOrEqualTo(24);

        await notice.GetByRole(AriaRole.Button, new() { Name = "I've read this" }).ClickAsync();
        await writer.WaitForURLAsync("**/r/anxiety");
        (await writer.Locator(NoticeBanner.Notice).CountAsync()).ShouldBe(0);
    }
}
