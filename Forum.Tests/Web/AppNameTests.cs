using System.Text.Json;
using Forum.Web.OnThePhone;

namespace Forum.Tests.Web;

/// <summary>
/// Issue 31 item 4: a reader names the app on their own device from /me; the choice is a cookie on that device, the
/// manifest carries it, and nothing about it reaches the database.
/// </summary>
public sealed class AppNameTests : WebTest
{
    private async Task<string> ManifestNameAsync(HttpClient visitor)
    {
        using var manifest = JsonDocument.Parse(await (await visitor.GetAsync(Links.Manifest())).Content.ReadAsStringAsync());
        return manifest.RootElement.GetProperty("name").GetString()!;
    }

    [Test]
    public async Task A_name_chosen_on_me_names_this_devices_app_and_no_one_elses_until_it_is_cleared()
    {
        var reader = NewVisitor();
        (await ManifestNameAsync(reader)).ShouldBe("Forum");

        var chosen = await reader.SubmitAsync("/me", Links.Me.AppName(), new Dictionary<string, string> { ["name"] = "  Recetas de Ana " });
        chosen.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        chosen.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith(ChosenAppName.CookieName + "=") && c.Contains("httponly"));
        (await ManifestNameAsync(reader)).ShouldBe("Recetas de Ana");
        var me = await reader.GetDocumentAsync("/me");
        me.QuerySelector(".me .notice-line")!.TextContent.ShouldContain("“Recetas de Ana”");
        me.QuerySelector("#app-name")!.GetAttribute("value").ShouldBe("Recetas de Ana");
        (await ManifestNameAsync(NewVisitor())).ShouldBe("Forum", "another reader's app keeps the usual name");

        (await reader.SubmitAsync("/me", Links.Me.AppName(), new Dictionary<string, string> { ["name"] = "" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ManifestNameAsync(reader)).ShouldBe("Forum");
    }

    [TestCase("<script>")]
    [TestCase("A name far longer than any icon could ever show")]
    [TestCase("\"quoted\"")]
    public async Task A_name_an_icon_cannot_carry_is_refused_and_nothing_is_kept(string name)
    {
        var reader = NewVisitor();
        var response = await reader.SubmitAsync("/me", Links.Me.AppName(), new Dictionary<string, string> { ["name"] = name });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.TryGetValues("Set-Cookie", out var cookies);
        (cookies ?? []).ShouldNotContain(c => c.StartsWith(ChosenAppName.CookieName + "="));
        (await reader.GetDocumentAsync("/me")).QuerySelector(".me .notice-line")!.TextContent.ShouldContain("1 to 30 letters");
        (await ManifestNameAsync(reader)).ShouldBe("Forum");
    }
}
