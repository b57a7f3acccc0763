using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
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

    [Test]
    public async Task Words_typed_stay_on_the_device_are_offered_back_are_never_sent_and_go_once_posted()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/r/loneliness/new");
        var sent = new List<string>();
        page.Request += (_, request) => sent.Add($"{request.Method} {request.Url}");
        var title = Unique("Kept on the device");
        await page.GetByLabel("Title").FillAsync(title);
        await page.GetByLabel("Your story").PressSequentiallyAsync("My grandmother taught me to bake.");
        await Expect(page.Locator(".char-count")).ToHaveTextAsync("33 of 40,000 characters");
        await page.WaitForFunctionAsync("() => (localStorage.getItem('forum-draft:/r/loneliness/threads') || '').includes('to bake')");
        sent.ShouldBeEmpty("typing sends nothing anywhere");

        // The tab closed, and the composer opened again later in another.
        await page.CloseAsync();
        page = await page.Context.NewPageAsync();
        await page.GotoAsync("/r/loneliness/new");
        await Expect(page.Locator(".draft-offer")).ToContainTextAsync("kept on this device");
        await page.GetByRole(AriaRole.Button, new() { Name = "Put them back" }).ClickAsync();
        (await page.GetByLabel("Your story").InputValueAsync()).ShouldBe("My grandmother taught me to bake.");
        (await page.GetByLabel("Title").InputValueAsync()).ShouldBe(title);
        await ScreenshotAsync(page, "composer-draft-offered");

        await page.GetByRole(AriaRole.Button, new() { Name = "Post your story" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/t/\\d+/"));
        await page.WaitForFunctionAsync("() => !Object.keys(localStorage).some(k => k.startsWith('forum-draft:'))");
        await page.GotoAsync("/r/loneliness/new");
        (await page.Locator(".draft-offer").CountAsync()).ShouldBe(0);
    }

    [Test]
    public async Task A_body_over_the_limit_is_counted_as_too_long_before_sending()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/r/anxiety/new");
        await page.GetByLabel("Your story").FillAsync(new string('a', 40_005));
        await Expect(page.Locator(".char-count")).ToContainTextAsync("40,005 of 40,000 characters: 5 too many");
        (await page.Locator(".char-count").GetAttributeAsync("aria-live")).ShouldBe("polite");
    }

    [Test]
    public async Task Switching_drafts_off_forgets_what_was_kept_and_keeps_nothing_more()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/r/anxiety/new");
        await page.GetByLabel("Your story").PressSequentiallyAsync("Words to forget.");
        await page.WaitForFunctionAsync("() => Object.keys(localStorage).some(k => k.startsWith('forum-draft:'))");

        await page.GotoAsync("/preferences");
        await page.GetByRole(AriaRole.Button, new() { Name = "Keep nothing I write on this device" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Keep drafts on this device" })).ToBeVisibleAsync();
        await page.GotoAsync("/r/anxiety/new");
        await page.GetByLabel("Your story").PressSequentiallyAsync("Not kept either.");
        await page.GetByLabel("Your story").PressAsync("Tab"); // leaving the field is when a draft would be kept at once
        (await page.EvaluateAsync<int>("() => Object.keys(localStorage).filter(k => k.startsWith('forum-draft:')).length")).ShouldBe(0);
        (await page.Locator(".draft-offer").CountAsync()).ShouldBe(0);
    }

    [Test]
    public async Task Selecting_a_passage_offers_to_quote_just_it_in_the_reply()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/r/loneliness/new");
        await page.GetByLabel("Title").FillAsync(Unique("A passage worth quoting"));
        await page.GetByLabel("Your story").FillAsync("Some days are long.\n\nThe evenings are the hardest part of all.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Post your story" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/t/\\d+/"));

        await page.EvaluateAsync(@"() => {
            const paragraph = [...document.querySelectorAll('.story .post-body p')].find(p => p.textContent.includes('evenings'));
            const text = paragraph.firstChild;
            const start = text.textContent.indexOf('The evenings');
            const range = document.createRange();
            range.setStart(text, start);
            range.setEnd(text, start + 'The evenings are the hardest'.length);
            getSelection().removeAllRanges();
            getSelection().addRange(range);
        }");
        var quote = page.GetByRole(AriaRole.Button, new() { Name = "Quote in reply" });
        await Expect(quote).ToBeVisibleAsync();
        await ScreenshotAsync(page, "quote-a-passage");
        await quote.ClickAsync();

        (await page.GetByLabel("Your reply").InputValueAsync()).ShouldBe("> The evenings are the hardest\n\n");
    }

    private static string Unique(string text) => $"{text} {Guid.NewGuid().ToString("N")[..8]}";
}
