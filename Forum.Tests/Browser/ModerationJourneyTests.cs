using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Forum.Tests.Infrastructure.Pages;

namespace Forum.Tests.Browser;

/// <summary>A moderator's round: sign in, review a report, close a story to replies, remove a reply; without JavaScript.</summary>
public sealed class ModerationJourneyTests : BrowserTest
{
    [Test]
    public async Task A_moderator_reviews_a_report_locks_the_story_and_removes_the_reply()
    {
        var writer = await NewPageAsync();
        await writer.GotoAsync("/r/relationships/new");
        await writer.GetByLabel("Title").FillAsync("Talking to my sister again");
        await writer.GetByLabel("Your story").FillAsync("We hadn't spoken in two years. Yesterday she called.");
        await writer.GetByRole(AriaRole.Button, new() { Name = "Post your story" }).ClickAsync();
        await writer.WaitForURLAsync(new Regex("/t/\\d+/"));
        var story = writer.Url;
        var storyId = long.Parse(new Uri(story).AbsolutePath.Split('/')[2]);

        var replier = await NewPageAsync(javaScript: false);
        await replier.GotoAsync(story);
        await OpenReplyBoxAsync(replier);
        await replier.GetByLabel("Your reply").FillAsync("What a pathetic story. Take your drama somewhere else, idiot.");
        await replier.GetByRole(AriaRole.Button, new() { Name = "Post your reply" }).ClickAsync();
        await replier.WaitForURLAsync(new Regex("#reply-\\d+$"));
        var replyId = long.Parse(replier.Url.Split("#reply-")[1]);

        var reader = await NewPageAsync(javaScript: false);
        await reader.GotoAsync(story);
        await reader.Locator(StoryPage.ReplyReportLink(replyId)).ClickAsync();
        await reader.GetByLabel("Harassment or bullying").CheckAsync();
        await reader.GetByLabel("Anything the moderators should know (optional)").FillAsync("Insulting the writer.");
        await ScreenshotAsync(reader, "report-form");
        await reader.GetByRole(AriaRole.Button, new() { Name = "Send the report" }).ClickAsync();
        (await reader.Locator(StoryPage.ReportThanks).TextContentAsync())!.ShouldContain("Thank you for telling us");

        var account = await Factory.AddModeratorAsync("Journey Moderator");
        var moderator = await NewPageAsync(javaScript: false);
        await moderator.GotoAsync("/mod/login");
        await ScreenshotAsync(moderator, "mod-sign-in");
        await moderator.GetByLabel("Moderator name").FillAsync(account.Name);
        await moderator.GetByLabel("Password").FillAsync(Moderators.Password);
        await moderator.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await moderator.WaitForURLAsync("**/mod");
        await ScreenshotAsync(moderator, "mod-queue");

        await moderator.Locator($".mod-queue a[href='/mod/replies/{replyId}']").ClickAsync();
        (await moderator.Locator(ModeratedPostPage.Reports).TextContentAsync())!.ShouldContain("Insulting the writer.");
        await ScreenshotAsync(moderator, "mod-reply");
        await moderator.Locator(ModeratedPostPage.ReasonFor("remove")).FillAsync("Harassment of the writer");
        await moderator.GetByRole(AriaRole.Button, new() { Name = "Remove the reply" }).ClickAsync();
        (await moderator.Locator(ModeratedPostPage.Done).TextContentAsync())!.ShouldContain("Removed");
        await moderator.Locator(ModeratedPostPage.ReportOutcome).SelectOptionAsync("action_taken");
        await moderator.Locator(ModeratedPostPage.AnyReportReason).FillAsync("Reply removed");
        await moderator.GetByRole(AriaRole.Button, new() { Name = "Resolve this report" }).ClickAsync();
        (await moderator.Locator(ModeratedPostPage.Done).TextContentAsync())!.ShouldContain("Report resolved");

        await moderator.GotoAsync($"/mod/threads/{storyId}");
        await moderator.Locator(ModeratedPostPage.ReasonFor("lock")).FillAsync("We're pausing replies here for a few days so the writer can breathe. Thank you for your kindness.");
        await moderator.GetByRole(AriaRole.Button, new() { Name = "Close to new replies" }).ClickAsync();
        (await moderator.Locator(ModeratedPostPage.State).TextContentAsync())!.ShouldContain("Closed to new replies");
        await ScreenshotAsync(moderator, "mod-thread");

        await moderator.GotoAsync("/mod/log");
        (await moderator.Locator(ModeratedPostPage.LogRows).CountAsync()).ShouldBe(3);
        await ScreenshotAsync(moderator, "mod-log");

        await replier.GotoAsync(story);
        (await replier.Locator(StoryPage.ReplyRemoved(replyId)).TextContentAsync())!.ShouldContain("removed by the moderators");
        (await replier.Locator(".notice").TextContentAsync())!.ShouldContain("pausing replies here for a few days");
        (await replier.GetByLabel("Your reply").CountAsync()).ShouldBe(0, "a closed story has no reply box");
        (await replier.ContentAsync()).ShouldNotContain("Stop whining here");
        await ScreenshotAsync(replier, "thread-locked");
    }
}
