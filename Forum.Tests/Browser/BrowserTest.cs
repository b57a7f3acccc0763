using Microsoft.Playwright;

namespace Forum.Tests.Browser;

/// <summary>
/// The app on Kestrel at 127.0.0.1, driven by the machine's own Chromium through Playwright. Never a downloaded
/// browser: the network here reaches package registries only.
/// </summary>
[Category("Browser")]
public abstract class BrowserTest
{
    private static readonly string[] ChromiumArguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run",
    ];

    private IPlaywright? _playwright;
    protected ForumWebFactory Factory { get; private set; } = null!;
    protected IBrowser Browser { get; private set; } = null!;
    protected string BaseAddress { get; private set; } = "";

    [OneTimeSetUp]
    public async Task StartBrowser()
    {
        var chromium = Environment.GetEnvironmentVariable("FORUM_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            var message = $"Chromium was not found at {chromium}. Install it with `sudo apt install chromium`, or set FORUM_CHROMIUM to its path.";
            if (Environment.GetEnvironmentVariable("FORUM_REQUIRE_BROWSER") == "1") Assert.Fail(message);
            Assert.Ignore(message);
        }

        // Expect(...) waits 5 s by default, another wall-clock budget a busy machine can miss.
        Assertions.SetDefaultExpectTimeout((float)BrowserPatience.TotalMilliseconds);
        Factory = await ForumWebFactory.CreateAsync();
        ConfigureApp(Factory);
        BaseAddress = Factory.StartKestrel().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArguments,
        });
    }

    /// <summary>A chance to change the app's settings before it starts.</summary>
    protected virtual void ConfigureApp(ForumWebFactory factory) { }

    [OneTimeTearDown]
    public async Task StopBrowser()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (Factory is not null) await Factory.DisposeAsync();
    }

    private static readonly TimeSpan BrowserPatience = TimeSpan.FromMinutes(3);

    /// <summary>The system's colour scheme every page of this fixture is opened with (Playwright's emulation); light unless overridden.</summary>
    protected virtual ColorScheme Scheme => ColorScheme.Light;

    /// <summary>The window every page of this fixture opens at; Playwright's 1280 by 720 unless overridden.</summary>
    protected virtual ViewportSize? Viewport => null;

    protected async Task<IPage> NewPageAsync(bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress, JavaScriptEnabled = javaScript, ColorScheme = Scheme, ViewportSize = Viewport });
        // Playwright's 30 s default is a wall-clock budget; on a machine with a load of 20 or more a page can
        // legitimately take longer. Only a hung page should fail a test, so the limit is far beyond any real wait.
        context.SetDefaultTimeout((float)BrowserPatience.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)BrowserPatience.TotalMilliseconds);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// A story's page kept for every reader without a cookie has its reply box behind a link when JavaScript is off
    /// (the page made for this reader); with JavaScript, or for a reader with a cookie, the box is already there.
    /// </summary>
    protected static async Task OpenReplyBoxAsync(IPage page)
    {
        var link = page.GetByRole(AriaRole.Link, new() { Name = "Write a reply" });
        if (await link.CountAsync() == 0) return;
        await link.ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("write=1#reply-heading$"));
    }

    /// <summary>A new account, signed in through the real sign-in form, on a page of its own.</summary>
    protected async Task<IPage> SignedInModeratorPageAsync(bool javaScript = true)
    {
        var account = await Factory.AddModeratorAsync();
        var page = await NewPageAsync(javaScript);
        await page.GotoAsync("/mod/login");
        await page.GetByLabel("Moderator name").FillAsync(account.Name);
        await page.GetByLabel("Password").FillAsync(Moderators.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/mod");
        TestContext.Progress.WriteLine("moderator signed in");
        return page;
    }

    /// <summary>
    /// A story the <paramref name="writer"/> posts in the browser, with a reply from someone else, reported as
    /// "someone may be at risk". The reply and the report are the pages' own forms sent through the real server.
    /// </summary>
    protected async Task<(long StoryId, long ReplyId)> ReportedAtRiskStoryAsync(IPage writer, string title)
    {
        await writer.GotoAsync("/r/anxiety/new");
        await writer.GetByLabel("Title").FillAsync(title);
        await writer.GetByLabel("Your story").FillAsync("Everything feels heavy lately. " + new string('w', 120) + " and I don't know who to tell.");
        await writer.GetByRole(AriaRole.Button, new() { Name = "Post your story" }).ClickAsync();
        await writer.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/t/\\d+/"));
        var storyId = long.Parse(new Uri(writer.Url).AbsolutePath.Split('/')[2]);
        TestContext.Progress.WriteLine($"story {storyId} posted");

        HttpClient Visitor() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = new Uri(BaseAddress) };
        var replied = await Visitor().SubmitAsync(new Uri(writer.Url).PathAndQuery, $"/t/{storyId}/replies", new Dictionary<string, string> { ["Body"] = "I'm here, and I'm listening." });
        var replyId = long.Parse(replied.Headers.Location!.OriginalString.Split("#reply-")[1]);
        TestContext.Progress.WriteLine($"reply {replyId} posted");
        (await Visitor().SubmitAsync($"/posts/thread/{storyId}/report", $"/posts/thread/{storyId}/report",
            new Dictionary<string, string> { ["Category"] = "at_risk", ["Note"] = "" })).StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        return (storyId, replyId);
    }

    /// <summary>Saved under TestResults/screenshots so a person can look at what the test saw.</summary>
    protected static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }
}
