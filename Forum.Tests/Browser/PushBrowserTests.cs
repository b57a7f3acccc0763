using Microsoft.Playwright;

namespace Forum.Tests.Browser;

/// <summary>
/// Issue 31 item 5 in a real browser, as far as one can go with no push service to reach: Chromium's push needs its
/// vendor's service on the network, so subscribing itself is tested over HTTP (Web/PushTests). What a browser alone
/// shows: each name registers its worker in its own scope, so the browser would give each its own endpoint.
/// </summary>
public sealed class PushBrowserTests : BrowserTest
{
    private static string Unique(string text) => $"{text} {Guid.NewGuid().ToString("N")[..6]}";

    private static async Task MakeNameAsync(IPage page, string name)
    {
        await page.GotoAsync("/me/new");
        await page.GetByLabel("Name").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Make it" }).ClickAsync();
        await page.Locator("[data-recovery-key]").WaitForAsync();
    }

    [Test]
    public async Task Two_names_in_one_browser_register_two_workers_in_two_scopes()
    {
        var page = await NewPageAsync();
        await page.Context.GrantPermissionsAsync(["notifications"]);
        await MakeNameAsync(page, Unique("Quiet Pine"));
        await MakeNameAsync(page, Unique("Bright Reed"));
        await page.GotoAsync("/me");
        (await page.Locator("[data-push-status]").AllTextContentsAsync()).ShouldAllBe(text => text == "", "the script is here: no word that it is needed");

        for (var i = 0; i < 2; i++)
        {
            await page.Locator("form[data-push-on] button").Nth(i).ClickAsync();
            await page.WaitForFunctionAsync($"() => navigator.serviceWorker.getRegistrations().then(r => r.filter(x => x.scope.includes('/push/')).length > {i})",
                null, new() { PollingInterval = 100 });
        }

        var scopes = await page.EvaluateAsync<string[]>(
            "() => navigator.serviceWorker.getRegistrations().then(r => r.map(x => x.scope).filter(s => s.includes('/push/')))");
        scopes.Length.ShouldBe(2);
        scopes.Distinct().Count().ShouldBe(2, "each name in its own scope");
        foreach (var scope in scopes) scope.ShouldMatch(@"/push/[A-Za-z0-9_-]{22}/$");
    }

    [Test]
    public async Task Without_javascript_the_press_reaches_the_forum_which_says_what_is_missing()
    {
        var page = await NewPageAsync(javaScript: false);
        await MakeNameAsync(page, Unique("Still Water"));
        await page.GotoAsync("/me");
        await Assertions.Expect(page.Locator("[data-push-status]")).ToContainTextAsync("This needs JavaScript");

        await page.GetByRole(AriaRole.Button, new() { Name = "Tell this device when someone answers" }).ClickAsync();

        await Assertions.Expect(page.Locator(".notice-line")).ToContainTextAsync("Notifications need JavaScript");
    }
}
