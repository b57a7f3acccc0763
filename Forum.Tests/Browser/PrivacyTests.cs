using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using Forum.Tests.Infrastructure.Pages;

namespace Forum.Tests.Browser;

/// <summary>
/// A real browser writes, reacts and replies; afterwards neither the database nor the logs hold its address,
/// its user agent or its pseudonym's secret. Also: the recovery key in a fresh browser, burning, and the
/// quick exit.
/// </summary>
public sealed class PrivacyTests : BrowserTest
{
    private const string UserAgent = "PrivacyProbe/9.7 (distinctive-agent-5c1e)";

    protected override void ConfigureApp(ForumWebFactory factory)
    {
        // Every log on, as if an operator turned everything up while chasing a problem: what the framework
        // (hosting, Kestrel, MVC, EF Core, Npgsql) writes at any level is captured here.
        foreach (var category in new[] { "Default", "Microsoft", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Npgsql" })
            factory.Settings[$"Logging:LogLevel:{category}"] = "Trace";
        // The database is reached as "localhost" too, so that its address in a connection log line is not
        // mistaken for the client's: the only 127.0.0.1 left to find would be the browser's.
        factory.Settings["ConnectionStrings:Forum"] = new Npgsql.NpgsqlConnectionStringBuilder(factory.ConnectionString) { Host = "localhost" }.ConnectionString;
    }

    private async Task<IPage> NewBrowserAsync(string userAgent = UserAgent)
    {
        // Addressed as "localhost", so the server's own name in a logged URL is not mistaken for the client's address.
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.Replace("127.0.0.1", "localhost"), UserAgent = userAgent });
        return await context.NewPageAsync();
    }

    private static async Task<string> WriteStoryAsync(IPage page, string title, string body = "I wrote this from a browser that announces itself loudly.")
    {
        await page.GotoAsync("/r/loneliness/new");
        await page.GetByLabel("Title").FillAsync(title);
        await page.GetByLabel("Your story").FillAsync(body);
        await page.GetByRole(AriaRole.Button, new() { Name = "Post your story" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/t/\\d+/"));
        return new Uri(page.Url).PathAndQuery;
    }

    private static async Task ReplyAsync(IPage page, string url, string body)
    {
        await page.GotoAsync(url);
        await page.GetByLabel("Your reply").FillAsync(body);
        await page.GetByRole(AriaRole.Button, new() { Name = "Post your reply" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("#reply-\\d+$"));
    }

    /// <summary>Each secret the browser's cookie holds, as the cookie spells it and as hex of its bytes.</summary>
    private static async Task<List<string>> SecretsAsync(IPage page)
    {
        var cookie = (await page.Context.CookiesAsync()).Single(c => c.Name == "forum_pseudonym").Value;
        var secrets = new List<string>();
        foreach (var entry in Uri.UnescapeDataString(cookie).Split('~'))
        {
            var secret = entry.Split('.')[1];
            secrets.Add(secret);
            var base64 = secret.Replace('-', '+').Replace('_', '/');
            secrets.Add(Convert.ToHexStringLower(Convert.FromBase64String(base64 + new string('=', (4 - base64.Length % 4) % 4))));
        }
        return secrets;
    }

    [Test]
    public async Task After_writing_reacting_and_replying_neither_the_database_nor_the_logs_hold_the_address_agent_or_secrets()
    {
        // From here on: the session's own log output (start-up logged the server's own listening address).
        Factory.Logs.Clear();
        var writer = await NewBrowserAsync();
        var story = await WriteStoryAsync(writer, "Evenings feel very long lately");
        await writer.Locator("#story").GetByRole(AriaRole.Button, new() { Name = "This feels familiar" }).ClickAsync();
        await Expect(writer.Locator("#story [data-familiar-count]")).ToHaveTextAsync("1 person found this familiar");

        var replier = await NewBrowserAsync();
        await ReplyAsync(replier, story, "Mine too. Walking after dinner has helped a little.");
        await replier.Locator(".reply").Last.GetByRole(AriaRole.Button, new() { Name = "This feels familiar" }).ClickAsync();
        await ReplyAsync(writer, story, "Thank you. I'll try the walk tomorrow.");

        await writer.GotoAsync("/me");
        await writer.GetByRole(AriaRole.Button, new() { Name = "Make a new recovery key" }).ClickAsync();
        var key = await writer.Locator("[data-recovery-key]").TextContentAsync();
        RecoveryKey.TryParse(key, out _).ShouldBeTrue();

        var secrets = (await SecretsAsync(writer)).Concat(await SecretsAsync(replier)).ToList();
        secrets.Count.ShouldBe(4);
        var forbidden = new List<string> { "127.0.0.1", UserAgent, "distinctive-agent", key!, key!.Replace("-", "") };
        forbidden.AddRange(secrets);

        var dump = await DatabaseDump.TakeAsync(Factory.ConnectionString);
        dump.ShouldContain("Evenings feel very long lately", customMessage: "the dump really holds the session's data");
        dump.ShouldContain("Walking after dinner");
        foreach (var value in forbidden)
            dump.ShouldNotContain(value, Case.Insensitive, $"the database dump holds {value}");

        var logs = string.Join('\n', Factory.Logs.Messages);
        logs.ShouldNotBeEmpty("the app's log output was captured");
        var leaks = Factory.Logs.Messages.Where(m => forbidden.Any(f => m.Contains(f, StringComparison.OrdinalIgnoreCase))).ToList();
        leaks.ShouldBeEmpty("the log holds the client's address, its user agent or a secret");
        logs.ShouldContain("Request starting", customMessage: "request logging was on and captured");
        logs.ShouldNotContain("Walking after dinner", customMessage: "log messages never carry post text");
    }

    [Test]
    public async Task The_recovery_key_restores_the_pseudonym_in_a_fresh_browser_and_burning_ends_it_everywhere()
    {
        var phone = await NewBrowserAsync();
        await phone.GotoAsync("/me/new");
        await phone.GetByLabel("Name").FillAsync("Harbour Lights 77");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Make it" }).ClickAsync();
        var key = (await phone.Locator("[data-recovery-key]").TextContentAsync())!;
        await Expect(phone.Locator("main")).ToContainTextAsync("nobody can get it back for you");
        await ScreenshotAsync(phone, "me-recovery-key");
        var story = await WriteStoryAsync(phone, "A story from my phone");

        var laptop = await NewBrowserAsync("Another browser entirely");
        await laptop.GotoAsync("/me/recover");
        await laptop.GetByLabel("Recovery key").FillAsync(key.ToLowerInvariant());
        await laptop.GetByRole(AriaRole.Button, new() { Name = "Bring it back" }).ClickAsync();
        await Expect(laptop.Locator(ComposerForm.WritingAs)).ToHaveTextAsync("Harbour Lights 77");
        await laptop.GotoAsync(story);
        await Expect(laptop.Locator(StoryPage.StoryOwnActions)).ToBeVisibleAsync();

        await laptop.GotoAsync("/me");
        await ScreenshotAsync(laptop, "me");
        await laptop.GetByRole(AriaRole.Link, new() { Name = "Burn Harbour Lights 77…" }).ClickAsync();
        await Expect(laptop.Locator("h1")).ToHaveTextAsync("Burn Harbour Lights 77");
        await ScreenshotAsync(laptop, "me-burn-confirmation");
        await laptop.GetByLabel("Remove all its posts.", new() { Exact = false }).CheckAsync();
        await laptop.GetByRole(AriaRole.Button, new() { Name = "Burn Harbour Lights 77" }).ClickAsync();
        await Expect(laptop.Locator("#form-error, #confirm-error")).ToContainTextAsync("Tick the box");
        await laptop.GetByLabel("I understand that this can't be undone.").CheckAsync();
        await laptop.GetByRole(AriaRole.Button, new() { Name = "Burn Harbour Lights 77" }).ClickAsync();
        await Expect(laptop.Locator(".notice-line")).ToContainTextAsync("Harbour Lights 77 is gone");

        // The phone's cookie opens nothing now, and the story is gone (nobody had answered it).
        await phone.GotoAsync("/me");
        await Expect(phone.Locator(".pseudonym")).ToHaveCountAsync(0);
        await Expect(phone.Locator(".writing-as")).ToHaveCountAsync(0);
        (await phone.GotoAsync(story))!.Status.ShouldBe(404);
        await laptop.GotoAsync("/me/recover");
        await laptop.GetByLabel("Recovery key").FillAsync(key);
        await laptop.GetByRole(AriaRole.Button, new() { Name = "Bring it back" }).ClickAsync();
        await Expect(laptop.Locator("#key-error")).ToContainTextAsync("doesn't bring back a pseudonym");
    }

    [Test]
    public async Task Leave_quickly_replaces_the_page_so_back_does_not_return_to_the_forum()
    {
        var page = await NewBrowserAsync();
        await page.RouteAsync("https://www.bbc.com/**", route => route.FulfillAsync(new() { Body = "<title>Weather</title>Weather", ContentType = "text/html" }));
        await page.GotoAsync("about:blank");
        await page.GotoAsync("/help");
        var historyBefore = await page.EvaluateAsync<int>("history.length");

        await page.GetByRole(AriaRole.Link, new() { Name = "Leave quickly" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("bbc\\.com"));
        (await page.EvaluateAsync<int>("history.length")).ShouldBe(historyBefore);
        await page.GoBackAsync();
        page.Url.ShouldNotContain(BaseAddress);

        var withoutScript = await (await Browser.NewContextAsync(new() { BaseURL = BaseAddress, JavaScriptEnabled = false })).NewPageAsync();
        await withoutScript.GotoAsync("/");
        var link = withoutScript.GetByRole(AriaRole.Link, new() { Name = "Leave quickly" });
        (await link.GetAttributeAsync("href")).ShouldStartWith("https://");
        (await link.GetAttributeAsync("rel"))!.ShouldContain("noreferrer");
    }
}
