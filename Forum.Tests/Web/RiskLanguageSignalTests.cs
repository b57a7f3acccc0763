using AngleSharp.Html.Dom;
using Forum.Domain.Safety.Risk;
using Microsoft.EntityFrameworkCore;

namespace Forum.Tests.Web;

/// <summary>
/// A Spanish or Arabic writer at risk meets the same crisis pause, in their language, and their post reaches the
/// moderators as "may be at risk" without anyone reporting it (docs/decisions/0007, round 6). Before round 6 the
/// detector read English only and neither happened.
/// </summary>
public sealed class RiskLanguageSignalTests : WebTest
{
    [TestCase("es-MX", "es", "Ya no quiero vivir, tengo las pastillas guardadas. Esta noche me despido.")]
    [TestCase("ar-EG", "ar", "تعبت من الحياة وأريد أن أنهي كل شيء الليلة")]
    public async Task A_post_at_risk_in_its_own_language_pauses_and_reaches_the_moderators(string acceptLanguage, string lang, string body)
    {
        var writer = NewVisitor();
        writer.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);
        var title = Unique("Noche");

        var pause = await (await writer.SubmitAsync(Links.NewStory("depression"), Links.RoomStories("depression"),
            [("Title", title), ("Body", body), ("Warnings", "suicide")])).ParseAsync();
        pause.DocumentElement.GetAttribute("lang").ShouldBe(lang);
        pause.QuerySelector(".crisis-pause").ShouldNotBeNull("the writer is shown help before posting");
        pause.QuerySelectorAll(".crisis-pause .resource").Length.ShouldBeGreaterThan(0);
        (await InDatabaseAsync(db => db.Stories.CountAsync(t => t.Title == title))).ShouldBe(0, "nothing is posted until they choose");

        var form = (IHtmlFormElement)pause.QuerySelector(".crisis-pause form")!;
        var fields = form.Elements.OfType<IHtmlInputElement>().Select(i => new KeyValuePair<string, string>(i.Name!, i.Value)).ToList();
        fields.Add(new("intent", "post-anyway"));
        (await writer.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var stored = await InDatabaseAsync(db => db.Stories.SingleAsync(t => t.Title == title));
        stored.RiskBand.ShouldNotBe(RiskBand.None);
        (await InDatabaseAsync(db => db.Reports.CountAsync(r => r.StoryId == stored.Id))).ShouldBe(0, "nobody reported it");
        var queue = await (await (await Factory.SignedInModeratorAsync()).GetAsync(Links.Mod.Queue())).ParseAsync();
        queue.QuerySelectorAll("section[aria-labelledby=at-risk-heading] li")
            .Any(li => li.TextContent.Contains(title, StringComparison.Ordinal)).ShouldBeTrue("listed as may be at risk");
    }
}
