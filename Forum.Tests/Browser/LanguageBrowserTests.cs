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

    private static async Task ShotAsync(IPage page, string language, int width, string name)
    {
        await ScreenshotAsync(page, $"language-{language}-{width}-{name}");
        var scroll = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        scroll.ShouldBeLessThanOrEqualTo(width, $"{name} in {language} is {scroll} px wide on a {width} px screen");
    }
}
