using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Forum.Tests.Browser;

/// <summary>
/// On a 390-pixel phone no page may be wider than the screen, whatever someone typed: a long unbroken title
/// (a link pasted as a title, a word held down) once made home, room and story pages 1,858–3,440 px wide.
/// </summary>
[Category("Browser")]
public sealed class PhoneWidthTests : BrowserTest
{
    private const int PhoneWidth = 390;

    [Test]
    public async Task A_long_unbroken_title_never_makes_a_page_wider_than_a_phone()
    {
        var page = await NewPageAsync();
        await page.SetViewportSizeAsync(PhoneWidth, 844);
        var unbroken = "Why" + new string('y', 180) + Guid.NewGuid().ToString("N")[..8];
        await page.GotoAsync("/r/anxiety/new");
        await page.GetByLabel("Title").FillAsync(unbroken);
        await page.GetByLabel("Your story").FillAsync("https://example.org/a/very/long/address/that/someone/pasted/without/any/spaces/" + new string('x', 120));
        await page.GetByRole(AriaRole.Button, new() { Name = "Post your story" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/t/\\d+/"));
        var story = page.Url;

        foreach (var (url, name) in new[] { (story, "thread"), ("/", "home"), ("/r/anxiety", "room"), ("/search?q=" + unbroken[..20], "search") })
        {
            await page.GotoAsync(url);
            var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            await ScreenshotAsync(page, $"phone-390-long-title-{name}");
            width.ShouldBeLessThanOrEqualTo(PhoneWidth, $"the {name} page is {width} px wide on a {PhoneWidth} px screen");
        }
    }

    [Test]
    public async Task The_writing_views_fit_a_phone_and_their_links_and_buttons_are_24_pixels()
    {
        var page = await NewPageAsync();
        await page.SetViewportSizeAsync(PhoneWidth, 844);
        await page.GotoAsync("/r/anxiety/new");
        var unbroken = "Waiting" + new string('g', 150);
        await page.GetByLabel("Title").FillAsync(unbroken);
        await page.GetByLabel("Your story").FillAsync("Nobody has answered yet " + new string('h', 120));
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await page.Locator(".preview").WaitForAsync();
        await FitsAsync(page, "preview");
        await page.GetByRole(AriaRole.Button, new() { Name = "Post your story" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/t/\\d+/"));
        await FitsAsync(page, "new-name");
        var story = page.Url;

        var reader = await NewPageAsync();
        await reader.SetViewportSizeAsync(PhoneWidth, 844);
        await reader.GotoAsync(story + "?write=1"); // the page made for this reader, where following is offered
        foreach (var (name, role) in new[] { ("Reply quoting this", AriaRole.Link), ("Follow this story", AriaRole.Button) })
        {
            var box = (await reader.Locator(".story").GetByRole(role, new() { Name = name, Exact = true }).BoundingBoxAsync())!;
            box.Width.ShouldBeGreaterThanOrEqualTo(24, $"{name} is {box.Width} px wide");
            box.Height.ShouldBeGreaterThanOrEqualTo(24, $"{name} is {box.Height} px high");
        }
        await reader.Locator(".story").GetByRole(AriaRole.Link, new() { Name = "Reply quoting this", Exact = true }).ClickAsync();
        await reader.Locator("#reply-form").WaitForAsync();
        await FitsAsync(reader, "reply-quoting");
        await reader.GotoAsync("/waiting");
        await FitsAsync(reader, "waiting");
        await reader.GotoAsync(story + "?write=1");
        await reader.GetByRole(AriaRole.Button, new() { Name = "Follow this story" }).ClickAsync();
        await reader.GetByRole(AriaRole.Button, new() { Name = "Stop following" }).WaitForAsync();
        await reader.GotoAsync("/me");
        await FitsAsync(reader, "me");
        await reader.GotoAsync("/preferences");
        await FitsAsync(reader, "preferences");
    }

    private static async Task FitsAsync(IPage page, string name)
    {
        await ScreenshotAsync(page, $"phone-390-{name}");
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        width.ShouldBeLessThanOrEqualTo(PhoneWidth, $"the {name} page is {width} px wide on a {PhoneWidth} px screen");
    }

    [Test]
    public async Task A_writers_own_post_actions_are_at_least_24_pixels_each_way_on_a_phone()
    {
        var page = await NewPageAsync();
        await page.SetViewportSizeAsync(PhoneWidth, 844);
        await page.GotoAsync("/r/anxiety/new");
        await page.GetByLabel("Title").FillAsync(Unique("Small buttons"));
        await page.GetByLabel("Your story").FillAsync("Trying to tap Edit with a shaking thumb.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Post your story" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/t/\\d+/"));
        await ScreenshotAsync(page, "phone-390-post-actions");

        foreach (var name in new[] { "Edit", "Delete", "Report" })
        {
            var box = (await page.Locator(".story .meta").GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).BoundingBoxAsync())!;
            box.Width.ShouldBeGreaterThanOrEqualTo(24, $"{name} is {box.Width} px wide");
            box.Height.ShouldBeGreaterThanOrEqualTo(24, $"{name} is {box.Height} px high");
        }
        var checkbox = (await page.GetByRole(AriaRole.Checkbox).First.BoundingBoxAsync())!;
        checkbox.Width.ShouldBeGreaterThanOrEqualTo(24);
        checkbox.Height.ShouldBeGreaterThanOrEqualTo(24);
    }

    [Test]
    public async Task Each_report_choice_sits_beside_its_words_on_a_phone()
    {
        var page = await NewPageAsync();
        await page.SetViewportSizeAsync(PhoneWidth, 844);
        await page.GotoAsync("/r/general");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Community guidelines") }).ClickAsync();
        await page.Locator(".story .meta").GetByRole(AriaRole.Link, new() { Name = "Report", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/report$"));
        await ScreenshotAsync(page, "phone-390-report-form");

        var radios = page.GetByRole(AriaRole.Radio);
        (await radios.CountAsync()).ShouldBeGreaterThan(3);
        for (var i = 0; i < await radios.CountAsync(); i++)
        {
            var radio = (await radios.Nth(i).BoundingBoxAsync())!;
            var label = (await radios.Nth(i).Locator("xpath=..").BoundingBoxAsync())!;
            radio.Width.ShouldBeGreaterThanOrEqualTo(24);
            // Beside its words: the button's middle is on the label's first line, and the label isn't a stack of two rows.
            (radio.Y + radio.Height / 2).ShouldBeLessThan(label.Y + 30, "the choice sits on the same line as its words");
            (radio.X + radio.Width).ShouldBeLessThan(label.X + 40, "the words start right after the button");
        }
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(PhoneWidth);
    }

    [Test]
    public async Task Moderator_pages_fit_a_phone_with_aligned_forms_and_targets_of_24_pixels()
    {
        var (storyId, replyId) = await ReportedAtRiskStoryAsync(await NewPageAsync(), Unique("Moderating on a phone"));
        var moderator = await SignedInModeratorPageAsync();
        await moderator.SetViewportSizeAsync(PhoneWidth, 844);

        foreach (var (url, name) in new[]
                 {
                     ("/mod", "queue"), ($"/mod/threads/{storyId}", "story"), ($"/mod/replies/{replyId}", "reply"),
                     ("/mod/log", "log"), ("/mod/removed", "removed"),
                 })
        {
            await moderator.GotoAsync(url);
            TestContext.Progress.WriteLine($"at {url}");
            await ScreenshotAsync(moderator, $"phone-390-moderator-{name}");
            var width = await moderator.EvaluateAsync<int>("document.documentElement.scrollWidth");
            width.ShouldBeLessThanOrEqualTo(PhoneWidth, $"the moderator's {name} page is {width} px wide on a {PhoneWidth} px screen");

            var small = await moderator.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('main button, main select, main textarea, main input:not([type=hidden]), .mod-nav a, .mod-bar a, .mod-bar button')]
                    .map(e => [e, e.getBoundingClientRect()])
                    .filter(([e, r]) => r.width > 0 && (r.width < 24 || r.height < 24))
                    .map(([e, r]) => `${e.tagName} "${(e.textContent || e.name || '').trim()}" ${Math.round(r.width)}x${Math.round(r.height)}`)
                """);
            small.ShouldBeEmpty($"targets under 24 px on the {name} page");

            // Aligned: on a phone each action form is one column, every label, box and button starting at the same edge.
            var ragged = await moderator.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('form.mod-action')].flatMap(form => {
                    const lefts = [...form.children].filter(c => c.type !== 'hidden' && c.getBoundingClientRect().width > 0)
                        .map(c => Math.round(c.getBoundingClientRect().left));
                    return new Set(lefts).size > 1 ? [`${form.getAttribute('action')}: ${lefts.join(', ')}`] : [];
                })
                """);
            ragged.ShouldBeEmpty($"action forms with controls out of line on the {name} page");
        }
    }

    private static string Unique(string text) => $"{text} {Guid.NewGuid().ToString("N")[..8]}";
}
