using AngleSharp.Html.Dom;
using Forum.Web.Safety;
using Microsoft.EntityFrameworkCore;

namespace Forum.Tests.Web;

/// <summary>
/// The reader's country's crisis lines first, from their browser's languages or their own choice kept in a cookie,
/// with the international directory always; on /help and on the crisis pause, where choosing never loses a word.
/// </summary>
public sealed class CrisisCountryTests : WebTest
{
    private const string Danger = "Some nights I want to kill myself. Tonight is one of them.";

    private HttpClient Visitor(string? acceptLanguage)
    {
        var visitor = NewVisitor();
        if (acceptLanguage is not null) visitor.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);
        return visitor;
    }

    private static List<string> Hrefs(IHtmlDocument page, string selector) =>
        page.QuerySelectorAll(selector).Select(a => a.GetAttribute("href")!).ToList();

    [Test]
    public async Task A_browser_in_Mexico_sees_Mexicos_emergency_number_and_line_first_then_the_directory_then_every_other_country()
    {
        var page = await Visitor("es-MX,es;q=0.9").GetDocumentAsync("/help");

        var lines = page.QuerySelectorAll(".crisis-lines > .resource").ToList();
        lines[0].ClassList.ShouldContain("emergency");
        lines[0].QuerySelector(".resource-country")!.TextContent.ShouldBe("México", "a Spanish reader in Mexico reads it in Spanish (issue 31)");
        lines[0].QuerySelector("a")!.GetAttribute("href").ShouldBe("tel:911");
        lines[1].TextContent.ShouldContain("Línea de la Vida");
        lines[1].QuerySelector("a")!.GetAttribute("href").ShouldBe("tel:8009112000");
        lines[2].ClassList.ShouldContain("directory");
        lines[2].QuerySelector("a")!.GetAttribute("href").ShouldBe("https://findahelpline.com");
        lines.Count.ShouldBe(3, "nothing between Mexico's lines and the directory, and nothing in full after it");
        page.QuerySelector(".lede")!.TextContent.ShouldContain("(México: 911, el primero de la lista de abajo)");

        var folded = page.QuerySelectorAll("details.country-lines summary").Select(s => s.TextContent).ToList();
        folded.ShouldNotContain("México");
        folded.ShouldContain("Reino Unido");
        folded.Count.ShouldBe(CrisisLinesFile.ReadShipped().Countries.Count - 1);
        page.QuerySelector("#country-choice option[selected]")!.GetAttribute("value").ShouldBe("MX");
    }

    [Test]
    public async Task A_browser_in_the_UK_sees_999_then_Samaritans_and_Shout_as_one_tap_each()
    {
        var page = await Visitor("en-GB,en;q=0.8").GetDocumentAsync("/help");

        var first = page.QuerySelectorAll(".crisis-lines > .resource").Take(4).ToList();
        first[0].QuerySelector("a")!.GetAttribute("href").ShouldBe("tel:999");
        first[1].QuerySelector("a[href^='tel:']")!.GetAttribute("href").ShouldBe("tel:116123");
        first[2].QuerySelector("a[href^='sms:']")!.GetAttribute("href").ShouldBe("sms:85258?body=SHOUT");
        first[3].ClassList.ShouldContain("directory");
    }

    [Test]
    public async Task Without_a_country_the_directory_comes_first_then_a_short_list_with_each_emergency_number_a_link()
    {
        var page = await Visitor(null).GetDocumentAsync("/help");

        var lines = page.QuerySelectorAll(".crisis-lines > .resource").ToList();
        lines[0].ClassList.ShouldContain("directory");
        lines.Count.ShouldBe(1 + ReaderCountry.ShortListLength);
        lines.Skip(1).ShouldAllBe(l => l.QuerySelectorAll("a[href^='tel:']").Length >= 1);
        lines[1].TextContent.ShouldContain("United States");
        lines[1].TextContent.ShouldContain("Emergency 911");
        Hrefs(page, ".crisis-lines a[href^='tel:']").ShouldContain("tel:911");
        page.QuerySelector("#country-choice option[selected]")!.GetAttribute("value").ShouldBe("");
        page.QuerySelectorAll("details.country-lines").Length.ShouldBe(CrisisLinesFile.ReadShipped().Countries.Count);
    }

    [Test]
    public async Task A_country_chosen_on_help_is_kept_in_a_cookie_and_wins_over_the_browser()
    {
        var visitor = Visitor("es-MX");

        var chosen = await visitor.SubmitAsync("/help", Links.HelpCountry(), [(ReaderCountry.FieldName, "CL")]);

        chosen.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        chosen.Headers.Location!.OriginalString.ShouldBe("/help#lines");
        var cookie = chosen.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(ReaderCountry.CookieName + "="));
        cookie.ShouldStartWith($"{ReaderCountry.CookieName}=CL;");
        cookie.ShouldContain("httponly", Case.Insensitive);
        var page = await visitor.GetDocumentAsync("/help");
        var lines = page.QuerySelectorAll(".crisis-lines > .resource").ToList();
        lines[0].QuerySelector("a")!.GetAttribute("href").ShouldBe("tel:131");
        lines[1].QuerySelector("a")!.GetAttribute("href").ShouldBe("tel:*4141", "the star is dialled too");
        page.QuerySelector("#country-choice option[selected]")!.GetAttribute("value").ShouldBe("CL");

        var elsewhere = await visitor.SubmitAsync("/help", Links.HelpCountry(), [(ReaderCountry.FieldName, CrisisLines.Everywhere)]);
        elsewhere.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await visitor.GetDocumentAsync("/help")).QuerySelector(".crisis-lines > .resource")!.ClassList.ShouldContain("directory");
    }

    [Test]
    public async Task Another_site_cannot_choose_for_the_reader()
    {
        var visitor = Visitor("en-GB");
        var request = new HttpRequestMessage(HttpMethod.Post, Links.HelpCountry())
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { [ReaderCountry.FieldName] = "JP" }),
        };
        request.Headers.Add("Origin", "https://elsewhere.example");

        var response = await visitor.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : []).ShouldNotContain(c => c.StartsWith(ReaderCountry.CookieName));
    }

    [Test]
    public async Task A_country_the_lines_do_not_cover_changes_nothing()
    {
        var visitor = Visitor("en-GB");

        var response = await visitor.SubmitAsync("/help", Links.HelpCountry(), [(ReaderCountry.FieldName, "<script>")]);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : []).ShouldNotContain(c => c.StartsWith(ReaderCountry.CookieName));
        (await visitor.GetDocumentAsync("/help")).QuerySelector(".crisis-lines .resource a")!.GetAttribute("href").ShouldBe("tel:999");
    }

    [Test]
    public async Task The_pause_shows_the_writers_country_first_and_choosing_another_keeps_every_word()
    {
        var visitor = Visitor("es-MX");
        var pause = await (await visitor.SubmitAsync(Links.NewStory("depression"), Links.RoomStories("depression"),
            [("Title", "Una noche larga"), ("Body", Danger), ("Warnings", "suicide")])).ParseAsync();
        pause.QuerySelector("h1")!.TextContent.ShouldBe("Antes de publicar", "the browser asks for Spanish");
        pause.QuerySelector(".crisis-pause .resource a")!.GetAttribute("href").ShouldBe("tel:911");
        pause.QuerySelectorAll(".crisis-pause details").Length.ShouldBe(0, "the pause stays short");
        pause.QuerySelector(".crisis-pause .directory").ShouldNotBeNull();

        // The choice belongs to the pause's own form, so its hidden fields (the words) go with it.
        var select = pause.QuerySelector("#country-choice")!;
        select.GetAttribute("form").ShouldBe("crisis-pause-form");
        var show = pause.QuerySelector(".country-choice button")!;
        show.GetAttribute("form").ShouldBe("crisis-pause-form");
        var form = (IHtmlFormElement)pause.QuerySelector("#crisis-pause-form")!;
        var fields = form.Elements.OfType<IHtmlInputElement>().Select(i => new KeyValuePair<string, string>(i.Name!, i.Value)).ToList();
        fields.Add(new(ReaderCountry.FieldName, "GB"));
        var again = await visitor.PostAsync(show.GetAttribute("formaction"), new FormUrlEncodedContent(fields));

        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        again.Headers.CacheControl!.NoStore.ShouldBeTrue();
        again.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith($"{ReaderCountry.CookieName}=GB;"));
        var shown = await again.ParseAsync();
        shown.QuerySelector("h1")!.TextContent.ShouldBe("Antes de publicar");
        shown.QuerySelector(".crisis-pause .resource a")!.GetAttribute("href").ShouldBe("tel:999");
        shown.QuerySelector(".crisis-pause input[name=Body]")!.GetAttribute("value").ShouldBe(Danger);
        shown.QuerySelector(".crisis-pause input[name=Title]")!.GetAttribute("value").ShouldBe("Una noche larga");
        shown.QuerySelector(".crisis-pause input[name=Warnings]")!.GetAttribute("value").ShouldBe("suicide");
        shown.QuerySelectorAll($".crisis-pause input[name={ReaderCountry.FieldName}]").Length.ShouldBe(0, "the choice is not carried as a word");
        shown.QuerySelector("#crisis-pause-form")!.GetAttribute("action").ShouldBe(Links.RoomStories("depression"));
        (await InDatabaseAsync(db => db.Stories.CountAsync(s => s.Title == "Una noche larga"))).ShouldBe(0, "choosing a country posts nothing");

        var postForm = (IHtmlFormElement)shown.QuerySelector("#crisis-pause-form")!;
        var post = postForm.Elements.OfType<IHtmlInputElement>().Select(i => new KeyValuePair<string, string>(i.Name!, i.Value)).ToList();
        post.Add(new("intent", "post-anyway"));
        (await visitor.PostAsync(postForm.GetAttribute("action"), new FormUrlEncodedContent(post))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await InDatabaseAsync(db => db.Stories.SingleAsync(s => s.Title == "Una noche larga"))).BodySource.ShouldBe(Danger);
    }

    [Test]
    public async Task Without_a_country_the_pause_shows_the_directory_first()
    {
        var pause = await (await Visitor(null).SubmitAsync(Links.NewStory("depression"), Links.RoomStories("depression"),
            [("Title", "No header"), ("Body", Danger)])).ParseAsync();

        var lines = pause.QuerySelectorAll(".crisis-pause .crisis-lines > .resource").ToList();
        lines[0].ClassList.ShouldContain("directory");
        lines.Count.ShouldBe(1 + ReaderCountry.ShortListLength);
    }

    [Test]
    public async Task A_pause_shown_again_never_sends_words_to_another_site()
    {
        var visitor = Visitor("en-GB");
        var token = await visitor.TokenAsync("/preferences");

        var response = await visitor.PostAsync(Links.HelpCountryOnPause("//evil.example/steal"),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__form"] = token, ["Body"] = Danger, [ReaderCountry.FieldName] = "GB" }));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/help#lines");
    }
}
