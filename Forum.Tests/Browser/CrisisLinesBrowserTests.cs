using Microsoft.Playwright;

namespace Forum.Tests.Browser;

/// <summary>
/// Crisis actions a shaking hand can hit, on a 390-pixel phone: every call and text link on /help and on the crisis
/// pause is at least 44 by 44 CSS pixels, the reader's emergency number is one of them, and choosing a country on
/// the pause (without JavaScript) shows its lines with the writer's words still there.
/// </summary>
public sealed class CrisisLinesBrowserTests : BrowserTest
{
    private const int PhoneWidth = 390;
    private const int TapTarget = 44;
    private const string Calls = "a[href^='tel:'], a[href^='sms:']";

    private async Task<IPage> PageAsync(string? locale, int width = PhoneWidth, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress, JavaScriptEnabled = javaScript, Locale = locale,
            ViewportSize = new ViewportSize { Width = width, Height = 844 },
        });
        context.SetDefaultTimeout(180_000);
        context.SetDefaultNavigationTimeout(180_000);
        return await context.NewPageAsync();
    }

    /// <summary>Every call and text link within <paramref name="scope"/>, each measured as the browser lays it out.</summary>
    private static async Task<int> EveryCallIsATapTargetAsync(IPage page, string scope, string name)
    {
        var links = page.Locator(scope).Locator(Calls);
        var count = await links.CountAsync();
        count.ShouldBeGreaterThan(0, name);
        for (var i = 0; i < count; i++)
        {
            var link = links.Nth(i);
            var box = (await link.BoundingBoxAsync()).ShouldNotBeNull($"{name}: link {i} is not shown");
            var what = $"{name}: {await link.GetAttributeAsync("href")} is {box.Width:0.#}×{box.Height:0.#} px";
            box.Width.ShouldBeGreaterThanOrEqualTo(TapTarget, what);
            box.Height.ShouldBeGreaterThanOrEqualTo(TapTarget, what);
        }
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(page.ViewportSize!.Width, $"{name} fits the screen");
        return count;
    }

    [TestCase("es-MX", "tel:911")]
    [TestCase("en-GB", "tel:999")]
    [TestCase("fr", null)] // a language without a region: no country known
    public async Task Every_call_and_text_link_on_help_is_44_pixels_and_the_emergency_number_is_one(string locale, string? emergency)
    {
        var name = $"help-{locale}";
        var page = await PageAsync(locale);
        await page.GotoAsync("/help");
        if (emergency is not null)
            (await page.Locator(".crisis-lines .resource.emergency a").GetAttributeAsync("href")).ShouldBe(emergency);
        else
            (await page.Locator(".crisis-lines > .resource").First.GetAttributeAsync("class"))!.ShouldContain("directory");
        await ScreenshotAsync(page, $"phone-390-{name}");

        // The other countries are folded; opened, theirs must be as easy to hit.
        foreach (var summary in await page.Locator("details.country-lines summary").AllAsync()) await summary.ClickAsync();
        var count = await EveryCallIsATapTargetAsync(page, ".help", name);
        count.ShouldBeGreaterThan(40, "every country's lines and emergency number");

        var wide = await PageAsync(locale, width: 1280);
        await wide.GotoAsync("/help");
        await EveryCallIsATapTargetAsync(wide, ".crisis-lines", name + "-1280");
        await ScreenshotAsync(wide, $"desktop-1280-{name}");
    }

    [Test]
    public async Task On_the_pause_the_calls_are_44_pixels_and_choosing_a_country_keeps_the_words_without_javascript()
    {
        var page = await PageAsync("es-MX", javaScript: false);
        var title = "Una noche larga " + Guid.NewGuid().ToString("N")[..6];
        const string words = "I keep thinking everyone would be better off dead without me around.";
        await page.GotoAsync("/r/depression/new");
        // A browser in Mexico reads the forum in Spanish (issue 31), so the pause is found by its Spanish words.
        await page.GetByLabel("Título").FillAsync(title);
        await page.GetByLabel("Tu historia").FillAsync(words);
        await page.GetByRole(AriaRole.Button, new() { Name = "Publicar tu historia" }).ClickAsync();
        (await page.Locator("h1").TextContentAsync()).ShouldBe("Antes de publicar");
        (await page.Locator(".crisis-pause .resource.emergency a").GetAttributeAsync("href")).ShouldBe("tel:911");
        await EveryCallIsATapTargetAsync(page, ".crisis-pause", "pause-es-MX");
        await ScreenshotAsync(page, "phone-390-pause-es-MX");

        await page.GetByLabel("¿No estás allí? Elige tu país").SelectOptionAsync(new SelectOptionValue { Label = "Reino Unido" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Ver sus líneas" }).ClickAsync();
        (await page.Locator("h1").TextContentAsync()).ShouldBe("Antes de publicar");
        (await page.Locator(".crisis-pause .resource.emergency a").GetAttributeAsync("href")).ShouldBe("tel:999");
        (await page.Locator(".crisis-pause .resource").Nth(1).TextContentAsync())!.ShouldContain("Samaritans");
        await EveryCallIsATapTargetAsync(page, ".crisis-pause", "pause-GB");
        await ScreenshotAsync(page, "phone-390-pause-GB");

        await page.GetByRole(AriaRole.Button, new() { Name = "Volver y editar" }).ClickAsync();
        (await page.GetByLabel("Tu historia").InputValueAsync()).ShouldBe(words);
        (await page.GetByLabel("Título").InputValueAsync()).ShouldBe(title);
        await page.GotoAsync("/help");
        (await page.Locator(".crisis-lines .resource.emergency a").GetAttributeAsync("href")).ShouldBe("tel:999", "the choice is kept on this device");
    }

    [Test]
    public async Task The_pause_at_desktop_width_keeps_its_calls_large_too()
    {
        var page = await PageAsync("fr", width: 1280);
        await page.GotoAsync("/r/depression/new");
        await page.GetByLabel("Title").FillAsync("Late " + Guid.NewGuid().ToString("N")[..6]);
        await page.GetByLabel("Your story").FillAsync("Some nights I want to kill myself.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Post your story" }).ClickAsync();
        (await page.Locator("h1").TextContentAsync()).ShouldBe("Before you post");
        (await page.Locator(".crisis-pause .crisis-lines > .resource").First.GetAttributeAsync("class"))!.ShouldContain("directory");
        await EveryCallIsATapTargetAsync(page, ".crisis-pause", "pause-1280");
        await ScreenshotAsync(page, "desktop-1280-pause");
    }
}
