using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Forum.Tests.Infrastructure.Pages;

namespace Forum.Tests.Browser;

public sealed class JourneyTests : BrowserTest
{
    [Test]
    public async Task A_reader_with_no_cookies_reads_and_then_writes_a_story_and_a_reply()
    {
        var page = await NewPageAsync();
        var cookiesAtStart = await page.Context.CookiesAsync();
        cookiesAtStart.ShouldBeEmpty();

        await page.GotoAsync("/");
        await ScreenshotAsync(page, "home");
        (await page.Context.CookiesAsync()).ShouldBeEmpty("reading the home page sets no cookie");

        await page.GetByRole(AriaRole.Link, new() { Name = "General", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/r/general");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Community guidelines") }).ClickAsync();
        (await page.Locator("h1").TextContentAsync()).ShouldStartWith("Community guidelines");
        await ScreenshotAsync(page, "guidelines");

        await page.GotoAsync("/r/depression");
        await page.GetByRole(AriaRole.Link, new() { Name = "Share your story" }).ClickAsync();
        (await page.Locator(".identity-note").TextContentAsync())!.ShouldContain("we'll make one for you");
        await page.GetByLabel("Title").FillAsync("The fog lifted for an afternoon");
        await page.GetByLabel("Your story").FillAsync("I went for a walk today.\n\nIt was the first time in **weeks** that I noticed the trees.");
        await ScreenshotAsync(page, "composer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Post your story" }).ClickAsync();

        await page.WaitForURLAsync(new Regex("/t/\\d+/the-fog-lifted-for-an-afternoon$"));
        (await page.Locator("h1").TextContentAsync()).ShouldBe("The fog lifted for an afternoon");
        (await page.Locator(".story .post-body strong").TextContentAsync()).ShouldBe("weeks");
        var name = await page.Locator(ComposerForm.WritingAs).TextContentAsync();
        name.ShouldNotBeNullOrWhiteSpace();

        await page.GetByLabel("Your reply").FillAsync("Writing it down helped, too.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Post your reply" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("#reply-\\d+$"));
        (await page.Locator(".reply .post-body").TextContentAsync())!.Trim().ShouldBe("Writing it down helped, too.");
        (await page.Locator(".reply .tag").TextContentAsync()).ShouldBe("original poster");
        await ScreenshotAsync(page, "thread-with-reply");

        await page.GotoAsync("/r/depression");
        (await page.Locator("a.thread-title").AllTextContentsAsync()).ShouldContain("The fog lifted for an afternoon");
        await page.GotoAsync("/");
        (await page.Locator("a.thread-title").AllTextContentsAsync()).ShouldContain("The fog lifted for an afternoon");
    }

    [Test]
    public async Task A_second_reader_sees_the_story_and_its_reply_without_javascript()
    {
        var writer = await NewPageAsync();
        await writer.GotoAsync("/r/loneliness/new");
        await writer.GetByLabel("Title").FillAsync("Sundays are the hardest");
        await writer.GetByLabel("Your story").FillAsync("Everyone seems to have somewhere to be.");
        await writer.GetByRole(AriaRole.Button, new() { Name = "Post your story" }).ClickAsync();
        await writer.WaitForURLAsync(new Regex("/t/\\d+/"));
        var url = writer.Url;

        var replier = await NewPageAsync(javaScript: false);
        await replier.GotoAsync(url);
        await ScreenshotAsync(replier, "story-shared-page-without-javascript");
        // The story's page is kept for every reader without a cookie, so its reply box has no token: without
        // JavaScript a link opens the same page made for this reader.
        (await replier.GetByLabel("Your reply").IsVisibleAsync()).ShouldBeFalse();
        await OpenReplyBoxAsync(replier);
        await replier.GetByLabel("Your reply").FillAsync("Same here. I've started going to the library.");
        await replier.GetByRole(AriaRole.Button, new() { Name = "Post your reply" }).ClickAsync();
        await replier.WaitForURLAsync(new Regex("#reply-\\d+$"));

        var reader = await NewPageAsync(javaScript: false);
        await reader.GotoAsync(url);
        (await reader.Locator(StoryPage.StoryBody).TextContentAsync())!.ShouldContain("Everyone seems to have somewhere to be.");
        (await reader.Locator(".reply .post-body").TextContentAsync())!.ShouldContain("I've started going to the library.");
        (await reader.Locator(".reply .meta strong").TextContentAsync()).ShouldNotBe(await writer.Locator(ComposerForm.WritingAs).TextContentAsync());
    }

    [Test]
    public async Task An_invalid_story_keeps_the_text_and_says_what_to_change()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/r/anxiety/new");
        await page.GetByLabel("Your story").FillAsync("Everything I wanted to say, kept safe.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Post your story" }).ClickAsync();

        (await page.Locator(ComposerForm.FieldError("Title")).TextContentAsync())!.ShouldContain("Give your story a title");
        (await page.GetByLabel("Your story").InputValueAsync()).ShouldBe("Everything I wanted to say, kept safe.");
        await ScreenshotAsync(page, "composer-error");
    }

    [Test]
    public async Task Leave_quickly_replaces_the_page_so_back_does_not_return_here()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/help");
        await page.GotoAsync("/");
        // The neutral site is out of reach here, so answer for it; what matters is where the browser went and the history it kept.
        await page.Context.RouteAsync("https://www.bbc.com/**", route => route.FulfillAsync(new() { Body = "<h1>Weather</h1>", ContentType = "text/html" }));
        await page.GetByRole(AriaRole.Link, new() { Name = "Leave quickly" }).ClickAsync();
        await page.WaitForURLAsync("https://www.bbc.com/weather");

        await page.GoBackAsync();
        page.Url.ShouldEndWith("/help"); // the forum page that was open was replaced, not stacked
    }

    [Test]
    public async Task Preview_works_without_javascript()
    {
        var page = await NewPageAsync(javaScript: false);
        await page.GotoAsync("/r/grief-loss/new");
        await page.GetByLabel("Title").FillAsync("A year without her");
        await page.GetByLabel("Your story").FillAsync("Some days are *lighter* now.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();

        (await page.Locator(".preview .post-body em").TextContentAsync()).ShouldBe("lighter");
        (await page.GetByLabel("Your story").InputValueAsync()).ShouldBe("Some days are *lighter* now.");
        await ScreenshotAsync(page, "preview");
    }

    [Test]
    public async Task On_a_small_phone_nothing_scrolls_sideways()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress, ViewportSize = new ViewportSize { Width = 360, Height = 740 }, IsMobile = true,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/r/general");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Community guidelines") }).ClickAsync();
        await page.Locator("h1").WaitForAsync();
        await ScreenshotAsync(page, "phone-thread");

        foreach (var url in new[] { "/", "/r/general", page.Url, "/r/anxiety/new", "/help" })
        {
            await page.GotoAsync(url);
            (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue(url);
        }
    }
}
