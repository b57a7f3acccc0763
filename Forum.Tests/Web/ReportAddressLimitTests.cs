using Forum.Web.AntiAbuse;
using Forum.Tests.Infrastructure.Pages;

namespace Forum.Tests.Web;

/// <summary>
/// Reports are limited per address as well as per name: fresh names from one connection don't bring fresh budgets.
/// Its own app, so that no other test's reports from the same address count.
/// </summary>
[Category("Web")]
public sealed class ReportAddressLimitTests
{
    private ForumWebFactory _factory = null!;

    [OneTimeSetUp]
    public async Task StartApp() => _factory = await ForumWebFactory.CreateAsync(rateLimits: true);

    [OneTimeTearDown]
    public async Task StopApp() => await _factory.DisposeAsync();

    private HttpClient NewVisitor() => _factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

    [Test]
    public async Task Many_names_from_one_address_share_the_address_budget_for_reports()
    {
        var settings = new RateLimitSettings();
        settings.Reports.PerAddress.ShouldBeGreaterThan(settings.Reports.PermitLimit, "a shared connection gets more than one name's reports");
        var writer = NewVisitor();
        var created = await writer.SubmitAsync("/r/anxiety/new", "/r/anxiety/threads", new Dictionary<string, string> { ["Title"] = "Limits", ["Body"] = "Body" });
        var storyId = long.Parse(created.Headers.Location!.OriginalString.Split('/')[2]);

        var accepted = 0;
        HttpResponseMessage? refused = null;
        var names = settings.Reports.PerAddress / settings.Reports.PermitLimit + 2;
        for (var n = 0; n < names && refused is null; n++)
        {
            var reporter = NewVisitor();
            (await reporter.SubmitAsync("/me/new", "/me/pseudonyms", new Dictionary<string, string> { ["Name"] = $"Reporter {n} {Guid.NewGuid():N}"[..20] }))
                .StatusCode.ShouldBe(HttpStatusCode.OK);
            var token = (await reporter.GetDocumentAsync($"/posts/thread/{storyId}/report")).QuerySelector(ComposerForm.AntiforgeryToken)!.GetAttribute("value")!;
            for (var i = 0; i < settings.Reports.PermitLimit && refused is null; i++)
            {
                var response = await reporter.PostAsync($"/posts/thread/{storyId}/report",
                    new FormUrlEncodedContent(new Dictionary<string, string> { ["__form"] = token, ["Category"] = "spam" }));
                if (response.StatusCode == HttpStatusCode.Redirect) accepted++;
                else refused = response;
            }
        }

        accepted.ShouldBe(settings.Reports.PerAddress);
        refused.ShouldNotBeNull().StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.ShouldNotBeNull();
    }
}
