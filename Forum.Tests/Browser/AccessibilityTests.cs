using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Forum.Tests.Infrastructure.Pages;

namespace Forum.Tests.Browser;

/// <summary>
/// An axe scan of every page type: no serious or critical violations, in the light scheme on a wide screen and in the
/// dark scheme on a 390-pixel phone (issue 31), the system's setting as Playwright emulates it.
/// </summary>
[TestFixture(false)]
[TestFixture(true)]
public sealed class AccessibilityTests(bool dark) : BrowserTest
{
    private string _threadUrl = "";

    protected override ColorScheme Scheme => dark ? ColorScheme.Dark : ColorScheme.Light;

    protected override ViewportSize? Viewport => dark ? new ViewportSize { Width = 390, Height = 844 } : null;

    [OneTimeSetUp]
    public async Task WriteAStory()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/r/relationships/new");
        await page.GetByLabel("Title").FillAsync("Talking to my sister again");
        await page.GetByLabel("Your story").FillAsync("We hadn't spoken in a year.\n\n> It's never too late\n\n1. I wrote first\n2. She answered");
        await page.GetByLabel("Abuse and trauma").CheckAsync(); // so the thread page shows a folded post
        await page.GetByRole(AriaRole.Button, new() { Name = "Post your story" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/t/\\d+/"));
        await page.GetByLabel("Your reply").FillAsync("I'm so glad you did.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Post your reply" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("#reply-"));
        _threadUrl = new Uri(page.Url).PathAndQuery;
    }

    private static IEnumerable<string> PageTypes() =>
        ["/", "/r/relationships", "/r/relationships/new", "THREAD", "QUOTING", "/waiting", "/help", "/support", "/support?room=anxiety", "/preferences", "/privacy", "/no-such-page"];

    [TestCaseSource(nameof(PageTypes))]
    public async Task Has_no_serious_or_critical_violations(string url)
    {
        var page = await NewPageAsync();
        await page.GotoAsync(url switch
        {
            "THREAD" => _threadUrl,
            // The composer on its own page with the story quoted: the "Reply quoting this" link of the story.
            "QUOTING" => await QuotingUrlAsync(page),
            _ => url,
        });

        var results = await page.RunAxe();

        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
        serious.ShouldBeEmpty();
    }

    private async Task<string> QuotingUrlAsync(IPage page)
    {
        await page.GotoAsync(_threadUrl);
        return (await page.Locator(".story .quote-link").GetAttributeAsync("href"))!;
    }

    [Test]
    public async Task The_writing_pages_of_issue_13_have_no_serious_or_critical_violations()
    {
        // A preview with its title and fold, a name just made with its recovery key, a follow, /me with a followed reply.
        var page = await NewPageAsync();
        await page.GotoAsync("/r/relationships/new");
        await page.GetByLabel("Title").FillAsync("Previewed for the axe scan");
        await page.GetByLabel("Your story").FillAsync("Words to see before they go up.");
        await page.GetByLabel("Abuse and trauma").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await page.Locator(".preview").WaitForAsync();
        await ShouldPassAxeAsync(page, "a story's preview");

        await page.GetByRole(AriaRole.Button, new() { Name = "Post your story" }).ClickAsync();
        await page.Locator(".new-name").WaitForAsync();
        await ShouldPassAxeAsync(page, "the page showing a new name's recovery key");

        var follower = await NewPageAsync();
        await follower.GotoAsync(_threadUrl.Split('#')[0] + (_threadUrl.Contains('?') ? "&" : "?") + "write=1");
        await follower.GetByRole(AriaRole.Button, new() { Name = "Follow this story" }).ClickAsync();
        await follower.GetByRole(AriaRole.Button, new() { Name = "Stop following" }).WaitForAsync();
        await ShouldPassAxeAsync(follower, "a followed story");
        await follower.GotoAsync("/me");
        await ShouldPassAxeAsync(follower, "/me");
    }

    [Test]
    public async Task Moderator_pages_and_a_notice_from_the_moderators_have_no_serious_or_critical_violations()
    {
        var writer = await NewPageAsync();
        var (storyId, replyId) = await ReportedAtRiskStoryAsync(writer, "Heavy days, for the axe scan");
        var moderator = await SignedInModeratorPageAsync();

        foreach (var url in new[] { "/mod", $"/mod/threads/{storyId}", $"/mod/replies/{replyId}", "/mod/log", "/mod/removed" })
        {
            await moderator.GotoAsync(url);
            await ShouldPassAxeAsync(moderator, url);
        }

        await moderator.GotoAsync("/mod");
        await moderator.GetByRole(AriaRole.Button, new() { Name = "Send this, with the crisis lines" }).ClickAsync();
        await moderator.Locator(ModeratedPostPage.Done).WaitForAsync();
        await writer.GotoAsync("/");
        await writer.Locator(NoticeBanner.Notice).WaitForAsync();
        await ShouldPassAxeAsync(writer, "a page with a notice");
        await writer.GotoAsync("/me");
        await ShouldPassAxeAsync(writer, "/me with a notice");
    }

    private static async Task ShouldPassAxeAsync(IPage page, string what)
    {
        var results = await page.RunAxe();
        results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ShouldBeEmpty(what);
    }

    [Test]
    public async Task A_form_with_errors_has_no_serious_or_critical_violations()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/r/anxiety/new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Post your story" }).ClickAsync();
        await page.Locator(ComposerForm.FieldError("Title")).WaitForAsync();

        var results = await page.RunAxe();
        results.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => v.Id).ShouldBeEmpty();
    }

    [Test]
    public async Task The_page_a_writer_sees_before_posting_words_of_danger_has_no_serious_or_critical_violations()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/r/depression/new");
        await page.GetByLabel("Title").FillAsync("Tonight");
        await page.GetByLabel("Your story").FillAsync("I want to die.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Post your story" }).ClickAsync();
        await page.Locator(".crisis-pause").WaitForAsync();

        var results = await page.RunAxe();
        results.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => v.Id).ShouldBeEmpty();
    }
}
