using Forum.Web.AntiAbuse;
using Forum.Tests.Infrastructure.Pages;

namespace Forum.Tests.Web;

/// <summary>With limits switched on (every other fixture has them off): a 429 page that says when to come back.</summary>
[Category("Web")]
public sealed class RateLimitTests
{
    private ForumWebFactory _factory = null!;

    [OneTimeSetUp]
    public async Task StartApp() => _factory = await ForumWebFactory.CreateAsync(rateLimits: true);

    [OneTimeTearDown]
    public async Task StopApp() => await _factory.DisposeAsync();

    private HttpClient NewVisitor() => _factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

    [Test]
    public async Task Too_many_reports_get_a_429_with_retry_after_and_a_kind_page_and_reading_still_works()
    {
        var settings = new RateLimitSettings();
        var writer = NewVisitor();
        var created = await writer.SubmitAsync("/r/anxiety/new", "/r/anxiety/threads", new Dictionary<string, string> { ["Title"] = "Limits", ["Body"] = "Body" });
        var location = created.Headers.Location!.OriginalString;
        var storyId = long.Parse(location.Split('/')[2]);
        var reporter = NewVisitor();
        var token = (await reporter.GetDocumentAsync($"/posts/thread/{storyId}/report")).QuerySelector(ComposerForm.AntiforgeryToken)!.GetAttribute("value")!;
        Task<HttpResponseMessage> ReportAsync() => reporter.PostAsync($"/posts/thread/{storyId}/report",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__form"] = token, ["Category"] = "spam" }));

        for (var i = 0; i < settings.Reports.PermitLimit; i++) (await ReportAsync()).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var refused = await ReportAsync();

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        var retryAfter = refused.Headers.RetryAfter!.Delta!.Value;
        retryAfter.ShouldBeGreaterThan(TimeSpan.Zero);
        retryAfter.ShouldBeLessThanOrEqualTo(TimeSpan.FromSeconds(settings.Reports.WindowSeconds));
        var page = await refused.ParseAsync();
        page.QuerySelector("h1")!.TextContent.ShouldBe("Let's take a short pause");
        page.QuerySelector(".status-page p")!.TextContent.ShouldContain("You can try again in about");
        (await reporter.GetAsync(location)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task Moderator_sign_in_is_limited_by_address_whatever_the_name()
    {
        var settings = new RateLimitSettings();
        var client = NewVisitor();
        for (var i = 0; i < settings.ModeratorSignIn.PermitLimit; i++)
            (await client.SignInAsModeratorAsync($"nobody {i}", "wrong password")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var refused = await client.SignInAsModeratorAsync("someone else", "wrong password");
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.ShouldNotBeNull();
    }

    [Test]
    public async Task A_right_password_signs_in_from_an_address_others_have_spent_on_wrong_guesses()
    {
        // A shelter's wifi: one address, several people; someone there has guessed wrong twelve times.
        var settings = new RateLimitSettings();
        var moderator = await _factory.AddModeratorAsync();
        var someoneElse = NewVisitor();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < settings.ModeratorSignIn.PermitLimit + 2; i++)
            answers.Add((await someoneElse.SignInAsModeratorAsync($"somebody {i}", "wrong password")).StatusCode);
        answers.ShouldContain(HttpStatusCode.TooManyRequests, "wrong guesses from one address are still limited");

        var signIn = await NewVisitor().SignInAsModeratorAsync(moderator.Name, Moderators.Password);

        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect, "the address's limit counts wrong passwords only and never refuses the right one");
        (await NewVisitor().SignInAsModeratorAsync(moderator.Name, "still wrong")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        _factory.Clock.Advance(settings.ModeratorSignIn.Window);
    }
}
