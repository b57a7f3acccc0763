using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Forum.Tests.Browser;

/// <summary>
/// The forum in Spanish and in Arabic (issue 31), on a phone and a wide screen: home, a story, the composer, the
/// crisis pause and /help, each saved as a screenshot (language-{es|ar}-{390|1280}-{page}.png). Arabic is laid out
/// right to left, and no page is wider than the screen.
/// </summary>
[Category("Browser")]
public sealed class LanguageBrowserTests : BrowserTest
{
    private const string Danger = "Some nights I want to kill myself. Tonight is one of them.";

    [TestCase("es-MX", 390)]
    [TestCase("es-MX", 1280)]
    [TestCase("ar-EG", 390)]
    [TestCase("ar-EG", 1280)]
    public async Task Home_story_composer_crisis_pause_and_help_read_in_the_browsers_language(string locale, int width)
    {
        var language = locale[..2];
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress, Locale = locale });
        context.SetDefaultTimeout(180_000);
        context.SetDefaultNavigationTimeout(180_000);
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(width, 900);

        await page.GotoAsync("/r/anxiety/new");
        (await page.GetAttributeAsync("html", "lang")).ShouldBe(language);
        (await page.GetAttributeAsync("html", "dir")).ShouldBe(language == "ar" ? "rtl" : "ltr");
        await page.Locator("input[name=Title]").FillAsync(language == "ar" ? "أسبوع هادئ" : "Una semana tranquila");
        await page.Locator("textarea[name=Body]").FillAsync(language == "ar" ? "بعض الكلمات عن أسبوعي." : "Algunas palabras sobre mi semana.");
        await ShotAsync(page, language, width, "composer");
        await page.Locator(".composer-actions button").First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/t/\\d+/"));
        await ShotAsync(page, language, width, "story");

        await page.GotoAsync("/");
        await ShotAsync(page, language, width, "home");
        if (language == "ar" && width > 390)
        {
            // Right to left: the forum's name sits at the right of the bar, where an Arabic reader starts.
            var brand = (await page.Locator(".brand").BoundingBoxAsync())!;
            brand.X.ShouldBeGreaterThan(width / 2, "the name of the forum is on the right");
        }

        await page.GotoAsync("/help");
        await ShotAsync(page, language, width, "help");

        await page.GotoAsync("/r/depression/new");
        await page.Locator("input[name=Title]").FillAsync(language == "ar" ? "ليلة طويلة" : "Una noche larga");
        await page.Locator("textarea[name=Body]").FillAsync(Danger);
        await page.Locator(".composer-actions button").First.ClickAsync();
        await page.Locator(".crisis-pause").WaitForAsync();
        (await page.Locator("h1").TextContentAsync()).ShouldBe(language == "ar" ? "قبل أن تنشر" : "Antes de publicar");
        await ShotAsync(page, language, width, "crisis-pause");
        await context.CloseAsync();
    }

    /// <summary>The pages localised last (issue 31): what we store, /me as a writer sees it, and the preferences.</summary>
    [TestCase("es-MX")]
    [TestCase("ar-EG")]
    public async Task Privacy_me_and_preferences_read_in_the_browsers_language_on_a_phone(string locale)
    {
        var language = locale[..2];
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress, Locale = locale, ViewportSize = new() { Width = 390, Height = 844 } });
        context.SetDefaultTimeout(180_000);
        context.SetDefaultNavigationTimeout(180_000);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/privacy");
        (await page.Locator("h1").TextContentAsync()).ShouldBe(language == "ar" ? "ما نحتفظ به، وإلى متى" : "Qué guardamos, y durante cuánto tiempo");
        await ShotAsync(page, language, 390, "privacy");

        await page.GotoAsync("/r/anxiety/new");
        await page.Locator("input[name=Title]").FillAsync(language == "ar" ? "أمسيات طويلة" : "Tardes largas");
        await page.Locator("textarea[name=Body]").FillAsync(language == "ar" ? "المساء هو الأصعب." : "Las tardes son lo más difícil.");
        await page.Locator(".composer-actions button").First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/t/\\d+/"));
        await page.GotoAsync("/me");
        (await page.Locator("h1").TextContentAsync()).ShouldBe(language == "ar" ? "أنت، هنا" : "Tú, aquí");
        (await page.Locator("[data-push-service]").TextContentAsync())!.ShouldContain("Google", customMessage: "what the push service can know, said on /me");
        await ShotAsync(page, language, 390, "me");

        await page.GotoAsync("/preferences");
        (await page.Locator("h1").TextContentAsync()).ShouldBe(language == "ar" ? "تنبيهات المحتوى: ما يُطوى" : "Avisos de contenido: qué plegar");
        await ShotAsync(page, language, 390, "preferences");
        await context.CloseAsync();
    }

    /// <summary>
    /// The reader's own name for the app (<c>forum_app_name</c>, the form on /me) on an Arabic phone in the dark: the
    /// form reads right to left in Arabic, and the manifest the phone reads names the app as chosen, then as usual.
    /// </summary>
    [Test]
    public async Task An_arabic_reader_in_the_dark_names_the_app_and_the_manifest_follows()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress, Locale = "ar-EG", ColorScheme = ColorScheme.Dark, ViewportSize = new() { Width = 390, Height = 844 },
        });
        context.SetDefaultTimeout(180_000);
        context.SetDefaultNavigationTimeout(180_000);
        var page = await context.NewPageAsync();
        async Task<string> ManifestNameAsync() =>
            await page.EvaluateAsync<string>("fetch('/manifest.webmanifest', { credentials: 'include' }).then(r => r.json()).then(m => m.name)");

        await page.GotoAsync("/me");
        (await page.GetAttributeAsync("html", "dir")).ShouldBe("rtl");
        (await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor")).ShouldBe("rgb(18, 23, 25)", "the dark paper");
        var form = page.Locator("form.app-name");
        (await form.Locator("label").TextContentAsync()).ShouldBe("الاسم تحت الأيقونة، إذا أضفت هذا الموقع إلى الشاشة الرئيسية لهذا الهاتف");
        (await form.Locator("button").TextContentAsync()).ShouldBe("احفظ هذا الاسم");
        (await form.EvaluateAsync<string>("f => getComputedStyle(f).direction")).ShouldBe("rtl");
        var usual = await ManifestNameAsync();

        await form.Locator("input[name=name]").FillAsync("ملاحظاتي");
        await form.Locator("button").ClickAsync();
        await Assertions.Expect(page.Locator(".notice-line")).ToContainTextAsync("«ملاحظاتي»");
        (await page.Locator("input[name=name]").InputValueAsync()).ShouldBe("ملاحظاتي");
        (await ManifestNameAsync()).ShouldBe("ملاحظاتي");
        await ShotAsync(page, "ar", 390, "dark-app-name");

        await page.Locator("input[name=name]").FillAsync("");
        await page.Locator("form.app-name button").ClickAsync();
        await Assertions.Expect(page.Locator(".notice-line")).ToContainTextAsync("عاد للتطبيق اسمه المعتاد");
        (await ManifestNameAsync()).ShouldBe(usual);
        await context.CloseAsync();
    }

    /// <summary>
    /// The pages localised in the last round (issue 31), each in the state a reader meets when something is missing:
    /// a name too long, its recovery key, a wrong key, a report with no worry chosen, a burn not yet confirmed. A Latin
    /// name sits inside the Arabic sentences, which is where it would pull words the wrong way without its own
    /// <c>&lt;bdi&gt;</c>. Each page's main button is a thumb's size.
    /// </summary>
    [TestCase("es-MX", 390)]
    [TestCase("es-MX", 1280)]
    [TestCase("ar-EG", 390)]
    [TestCase("ar-EG", 1280)]
    public async Task Making_recovering_burning_and_reporting_read_in_the_browsers_language(string locale, int width)
    {
        var language = locale[..2];
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress, Locale = locale, ViewportSize = new() { Width = width, Height = 900 } });
        context.SetDefaultTimeout(180_000);
        context.SetDefaultNavigationTimeout(180_000);
        var page = await context.NewPageAsync();
        var rtl = language == "ar";

        await page.GotoAsync("/me/new");
        await page.Locator("input[name=Name]").FillAsync("A name far too long for anyone to remember");
        await page.Locator(".composer-actions button").ClickAsync();
        await page.Locator("#name-error").WaitForAsync();
        (await page.Locator("#name-error").TextContentAsync())!.ShouldContain(rtl ? "حرفًا" : "caracteres");
        await ThumbSizedAsync(page.Locator(".composer-actions button"));
        await ShotAsync(page, language, width, "new-name");

        var name = $"Quiet Harbour {Random.Shared.Next(100_000, 999_999)}";
        await page.Locator("input[name=Name]").FillAsync(name);
        await page.Locator(".composer-actions button").ClickAsync();
        await page.Locator("[data-recovery-key]").WaitForAsync();
        (await page.Locator("h1 bdi").TextContentAsync()).ShouldBe(name);
        await ThumbSizedAsync(page.Locator("a.button"));
        await ShotAsync(page, language, width, "recovery-key");

        await page.GotoAsync("/me/recover");
        await page.Locator("input[name=key]").FillAsync("ABCD-EFGH-JKMN-PQRS");
        await page.Locator(".composer-actions button").ClickAsync();
        await page.Locator("#key-error").WaitForAsync();
        (await page.Locator("#key-error").TextContentAsync())!.ShouldContain(rtl ? "هذا المفتاح" : "Esa clave");
        // The example key reads left to right inside an Arabic sentence, its dashes and "…" kept at its own end.
        var example = page.Locator("#key-hint bdi");
        (await example.TextContentAsync()).ShouldBe("ABCD-EFGH-…");
        (await example.EvaluateAsync<string>("b => getComputedStyle(b).direction")).ShouldBe("ltr");
        await ThumbSizedAsync(page.Locator(".composer-actions button"));
        await ShotAsync(page, language, width, "recover");

        // Someone else's story, sent through the real form, to report; its Latin title sits in the Arabic "back to" link.
        var visitor = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = new Uri(BaseAddress) };
        var posted = await visitor.SubmitAsync("/r/anxiety/new", "/r/anxiety/threads",
            new Dictionary<string, string> { ["Title"] = "Una semana tranquila", ["Body"] = "Algunas palabras sobre mi semana." });
        posted.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect, await posted.Content.ReadAsStringAsync());
        var story = Forum.Tests.Infrastructure.StoryRef.FromLocation(posted.Headers.Location!.OriginalString).Id;
        await page.GotoAsync($"/posts/thread/{story}/report");
        await page.Locator(".composer-actions button").ClickAsync();
        await page.Locator("#category-error").WaitForAsync();
        await ThumbSizedAsync(page.Locator(".composer-actions button"));
        await ShotAsync(page, language, width, "report");

        await page.GotoAsync("/me");
        await page.Locator(".pseudonym.current a.danger").ClickAsync();
        await page.Locator("input[name=Confirm]").WaitForAsync();
        await page.Locator("button.danger").ClickAsync();
        await page.Locator("#confirm-error").WaitForAsync();
        (await page.Locator("h1 bdi").TextContentAsync()).ShouldNotBeNullOrWhiteSpace();
        (await page.Locator("form.burn").EvaluateAsync<string>("f => getComputedStyle(f).direction")).ShouldBe(rtl ? "rtl" : "ltr");
        await ThumbSizedAsync(page.Locator("button.danger"));
        await ThumbSizedAsync(page.Locator(".composer-actions a.button"));
        await ShotAsync(page, language, width, "burn");
        await context.CloseAsync();
    }

    private static async Task ThumbSizedAsync(ILocator action)
    {
        var box = (await action.First.BoundingBoxAsync())!;
        box.Height.ShouldBeGreaterThanOrEqualTo(44, "a main action is at least 44 px tall");
        box.Width.ShouldBeGreaterThanOrEqualTo(44, "a main action is at least 44 px wide");
    }

    private static async Task ShotAsync(IPage page, string language, int width, string name)
    {
        await ScreenshotAsync(page, $"language-{language}-{width}-{name}");
        var scroll = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        scroll.ShouldBeLessThanOrEqualTo(width, $"{name} in {language} is {scroll} px wide on a {width} px screen");
    }
}
