using System.Net;
using Forum.Tests.Infrastructure;
using Forum.Tests.Infrastructure.Pages;
using Forum.Web.Infrastructure;

namespace Forum.Tests.Web;

/// <summary>
/// The interface in the reader's language (issue 31): the footer's choice kept in a cookie first, then the browser's
/// Accept-Language, then English; the page says its language and direction; kept pages are kept per language.
/// </summary>
public sealed class LanguageTests : WebTest
{
    protected override bool PageCache => true;

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> PageInAsync(string url, string acceptLanguage, HttpClient? visitor = null)
    {
        visitor ??= NewVisitor();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Accept-Language", acceptLanguage);
        var response = await visitor.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.ParseAsync();
    }

    [Test]
    public async Task The_browsers_language_chooses_the_pages_words_and_direction()
    {
        var english = await PageInAsync("/help", "fr-FR, en;q=0.5");
        english.DocumentElement.GetAttribute("lang").ShouldBe("en");
        english.DocumentElement.GetAttribute("dir").ShouldBe("ltr");
        english.QuerySelector("h1")!.TextContent.ShouldBe("Need help now?");

        var spanish = await PageInAsync("/help", "es-MX,es;q=0.9");
        spanish.DocumentElement.GetAttribute("lang").ShouldBe("es");
        spanish.DocumentElement.GetAttribute("dir").ShouldBe("ltr");
        spanish.QuerySelector("h1")!.TextContent.ShouldBe("¿Necesitas ayuda ahora?");

        var arabic = await PageInAsync("/help", "ar-EG");
        arabic.DocumentElement.GetAttribute("lang").ShouldBe("ar");
        arabic.DocumentElement.GetAttribute("dir").ShouldBe("rtl");
        arabic.QuerySelector("h1")!.TextContent.ShouldBe("هل تحتاج إلى مساعدة الآن؟");
    }

    [Test]
    public async Task The_footers_choice_is_kept_on_the_device_and_wins_over_the_browsers_languages()
    {
        var visitor = NewVisitor();
        var form = (await visitor.GetDocumentAsync("/help")).QuerySelector("form.language-choice")!;
        form.GetAttribute("action").ShouldBe(Links.Language());
        form.QuerySelector("input[name=back]")!.GetAttribute("value").ShouldBe("/help");
        form.QuerySelectorAll("option").Select(o => o.GetAttribute("value")).ShouldBe(["en", "es", "ar"]);

        var chosen = await visitor.PostAsync(Links.Language(), new FormUrlEncodedContent([new("language", "ar"), new("back", "/help")]));

        chosen.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        chosen.Headers.Location!.OriginalString.ShouldBe("/help");
        var cookie = chosen.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(Languages.CookieName + "=", StringComparison.Ordinal));
        cookie.ShouldContain("httponly", Case.Insensitive);
        var page = await PageInAsync("/help", "es-ES", visitor);
        page.DocumentElement.GetAttribute("lang").ShouldBe("ar");
        page.QuerySelector("#language-choice option[selected]")!.GetAttribute("value").ShouldBe("ar");
    }

    [TestCase("//evil.example/steal")]
    [TestCase("https://evil.example/")]
    [TestCase("")]
    public async Task The_choice_goes_back_only_to_a_page_of_this_site(string back)
    {
        var response = await NewVisitor().PostAsync(Links.Language(), new FormUrlEncodedContent([new("language", "es"), new("back", back)]));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/");
    }

    [Test]
    public async Task A_language_the_forum_does_not_have_keeps_nothing()
    {
        var response = await NewVisitor().PostAsync(Links.Language(), new FormUrlEncodedContent([new("language", "xx"), new("back", "/")]));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
    }

    [Test]
    public async Task A_form_from_another_site_cannot_choose_the_language()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Links.Language())
        {
            Content = new FormUrlEncodedContent([new("language", "ar"), new("back", "/")]),
        };
        request.Headers.Add("Origin", "https://evil.example");
        var response = await NewVisitor().SendAsync(request);

        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
    }

    [Test]
    public async Task A_kept_page_is_kept_once_per_language_and_says_it_varies_by_it()
    {
        var spanish = await PageInAsync(Links.Home(), "es");
        var english = await PageInAsync(Links.Home(), "en");
        var spanishAgain = await PageInAsync(Links.Home(), "es");

        spanish.QuerySelector(".skip")!.TextContent.ShouldBe("Ir al contenido");
        english.QuerySelector(".skip")!.TextContent.ShouldBe("Skip to content");
        spanishAgain.QuerySelector(".skip")!.TextContent.ShouldBe("Ir al contenido");
        var response = await NewVisitor().GetAsync(Links.Home());
        response.Headers.Vary.ShouldContain("Accept-Language");
    }

    [Test]
    public async Task A_note_left_across_a_redirect_is_shown_in_the_readers_language_with_its_name_in_it()
    {
        var story = await PostStoryAsync(NewVisitor(), Unique("A slow Sunday"));
        var reader = NewVisitor();
        reader.DefaultRequestHeaders.Add("Accept-Language", "es-MX");

        var pressed = await reader.SubmitAsync(story.Url, Links.Familiar(PostKind.Story, story.Id), new Dictionary<string, string>());

        pressed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await reader.GetDocumentAsync(story.Url);
        var name = page.QuerySelector(ComposerForm.WritingAs)!.TextContent;
        page.QuerySelector("[data-familiar-note]")!.TextContent.ShouldBe($"Ahora aquí eres {name}: un nombre al azar que creamos para ti, guardado en este navegador.");
    }
}
