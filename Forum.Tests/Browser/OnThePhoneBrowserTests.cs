using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Forum.Tests.Browser;

/// <summary>
/// Issue 31 on a 390-pixel phone in the dark: the crisis pause and /help legible, the offline crisis kit with the
/// network cut, and what is new since this browser last looked.
/// </summary>
public sealed class OnThePhoneBrowserTests : BrowserTest
{
    protected override ColorScheme Scheme => ColorScheme.Dark;

    protected override ViewportSize? Viewport => new() { Width = 390, Height = 844 };

    private static async Task NoSeriousFindingsAsync(IPage page, string what)
    {
        var results = await page.RunAxe();
        results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ShouldBeEmpty(what);
    }

    private static Task<string> BackgroundAsync(IPage page) =>
        page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");

    [Test]
    public async Task The_crisis_pause_and_help_are_dark_and_legible_on_a_phone()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/help");
        (await BackgroundAsync(page)).ShouldBe("rgb(18, 23, 25)", "the dark paper, from the system's setting alone");
        await ScreenshotAsync(page, "dark-390-help");
        await NoSeriousFindingsAsync(page, "/help in the dark");

        await page.GotoAsync("/r/depression/new");
        await page.GetByLabel("Title").FillAsync("Tonight");
        await page.GetByLabel("Your story").FillAsync("I want to die.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Post your story" }).ClickAsync();
        await page.Locator(".crisis-pause").WaitForAsync();
        await ScreenshotAsync(page, "dark-390-crisis-pause");
        await NoSeriousFindingsAsync(page, "the crisis pause in the dark");
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        width.ShouldBeLessThanOrEqualTo(390);
    }

    [Test]
    public async Task A_reader_chooses_dark_on_a_light_phone_and_light_again_without_javascript()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress, JavaScriptEnabled = false, ColorScheme = ColorScheme.Light, ViewportSize = Viewport,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        var light = await BackgroundAsync(page);
        light.ShouldBe("rgb(251, 250, 247)");

        await page.GetByRole(AriaRole.Link, new() { Name = "Light or dark" }).ClickAsync();
        await page.GetByLabel("Dark", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Use these colours" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("saved=true#scheme$"));
        (await page.Locator("html").GetAttributeAsync("class")).ShouldBe("scheme-dark");
        (await BackgroundAsync(page)).ShouldBe("rgb(18, 23, 25)");
        await ScreenshotAsync(page, "dark-390-preferences-chosen");

        await page.GetByLabel("Like this device").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Use these colours" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("saved=true#scheme$"));
        (await BackgroundAsync(page)).ShouldBe(light);
    }

    [Test]
    public async Task With_the_network_cut_help_still_shows_the_crisis_lines_and_no_page_with_a_name_comes_from_the_device()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/r/anxiety/new");
        await page.GetByLabel("Title").FillAsync("A name this browser keeps");
        await page.GetByLabel("Your story").FillAsync("Some words about my week, so that this browser holds a name.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Post your story" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/t/\\d+/"));
        await page.GotoAsync("/help");
        var name = await page.Locator(".writing-as strong").InnerTextAsync();
        name.ShouldNotBeNullOrWhiteSpace();
        await page.WaitForFunctionAsync("navigator.serviceWorker.controller !== null");
        var kept = await page.EvaluateAsync<string[]>(
            "caches.keys().then(names => Promise.all(names.map(n => caches.open(n).then(c => c.keys())))).then(all => all.flat().map(r => new URL(r.url).pathname))");
        kept.ShouldContain("/help/offline");
        kept.ShouldBeSubsetOf(["/help/offline", "/css/site.css", "/favicon.ico", "/icons/icon-192.png", "/icons/icon-512.png"]);

        await page.Context.SetOfflineAsync(true);
        await page.ReloadAsync();
        await page.Locator("[data-offline-kit]").WaitForAsync();
        (await page.Locator(".crisis-lines a[href^='tel:']").CountAsync()).ShouldBeGreaterThan(0);
        (await page.ContentAsync()).ShouldNotContain(name);
        (await BackgroundAsync(page)).ShouldBe("rgb(18, 23, 25)", "the stylesheet, kept too");
        await ScreenshotAsync(page, "dark-390-help-offline");

        // /me would show the name: never kept, so with no signal it is the crisis kit instead.
        await page.GotoAsync("/me");
        await page.Locator("[data-offline-kit]").WaitForAsync();
        (await page.ContentAsync()).ShouldNotContain(name);

        await page.Context.SetOfflineAsync(false);
        await page.GotoAsync("/me");
        (await page.ContentAsync()).ShouldContain(name, Case.Sensitive, "back online, /me comes from the forum again");
    }

    [Test]
    public async Task Rooms_and_stories_mark_what_is_new_since_this_browser_last_looked()
    {
        const string room = "grief-loss";
        HttpClient Visitor() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = new Uri(BaseAddress) };
        async Task<Forum.Tests.Infrastructure.StoryRef> PostAsync(string title)
        {
            var response = await Visitor().SubmitAsync($"/r/{room}/new", $"/r/{room}/threads",
                new Dictionary<string, string> { ["Title"] = title, ["Body"] = "Some words about the people I miss." });
            return Forum.Tests.Infrastructure.StoryRef.FromLocation(response.Headers.Location!.OriginalString);
        }
        async Task ReplyAsync(Forum.Tests.Infrastructure.StoryRef story) =>
            (await Visitor().SubmitAsync(story.Url, $"/t/{story.Id}/replies", new Dictionary<string, string> { ["Body"] = "I remember that feeling too." }))
                .StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);

        var looked = await PostAsync("Looked at before");
        await ReplyAsync(looked);
        var page = await NewPageAsync();
        // A reader without a forum cookie may be handed a room or story page a browser kept for 15 s (SharedPages);
        // one who chose dark gets pages made for them, so each look below sees what was just written.
        await page.Context.AddCookiesAsync([new Microsoft.Playwright.Cookie { Name = Forum.Web.Infrastructure.ColourScheme.CookieName, Value = "dark", Url = BaseAddress }]);
        await page.GotoAsync($"/r/{room}");
        (await page.Locator(".new-mark").CountAsync()).ShouldBe(0, "the first look marks nothing");
        await page.GotoAsync(looked.Url);
        (await page.Locator(".new-mark").CountAsync()).ShouldBe(0);

        Factory.Clock.Advance(TimeSpan.FromMinutes(3));
        var fresh = await PostAsync("Written since");
        await ReplyAsync(looked);

        await page.GotoAsync($"/r/{room}");
        await Assertions.Expect(page.Locator($"li[data-story='{fresh.Id}'] .new-mark")).ToHaveTextAsync("New");
        await Assertions.Expect(page.Locator($"li[data-story='{looked.Id}'] .new-mark")).ToHaveTextAsync("1 new reply");
        await ScreenshotAsync(page, "dark-390-room-new-marks");

        await page.GotoAsync(looked.Url);
        await Assertions.Expect(page.Locator("article.reply.is-new")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("article.reply").Last.Locator(".new-mark")).ToHaveTextAsync("New");
        await ScreenshotAsync(page, "dark-390-story-new-marks");

        await page.ReloadAsync();
        await page.Locator("article.reply").Last.WaitForAsync();
        (await page.Locator(".new-mark").CountAsync()).ShouldBe(0, "looked at now");
        await page.GotoAsync($"/r/{room}");
        await page.Locator($"li[data-story='{fresh.Id}']").WaitForAsync();
        (await page.Locator(".new-mark").CountAsync()).ShouldBe(0);
        var stored = await page.EvaluateAsync<string>("localStorage.getItem('forum-last-looked')");
        stored.ShouldContain($"\"{looked.Id}\"");

        await page.GotoAsync("/preferences");
        await page.GetByRole(AriaRole.Button, new() { Name = "Forget what this browser has seen" }).ClickAsync();
        (await page.EvaluateAsync<string?>("localStorage.getItem('forum-last-looked')")).ShouldBeNull();
    }
}
