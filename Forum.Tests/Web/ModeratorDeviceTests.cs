using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Forum.Tests.Web;

/// <summary>
/// OWASP's device cookies: a browser the moderator signed in on before is never slowed by anyone else's wrong
/// guesses, only by its own; a new device pays seconds for a typo, not a quarter of an hour; one moderator's
/// device cookie is worth nothing for another's name.
/// </summary>
public sealed class ModeratorDeviceTests : WebTest
{
    private WebApplicationFactory<Program> _devices = null!;
    private static int _nextDevice;

    [OneTimeSetUp]
    public void StartDevices() => _devices = TestDevices.On(Factory);

    [OneTimeTearDown]
    public Task StopDevices() => _devices.DisposeAsync().AsTask();

    private HttpClient Device(string? address = null)
    {
        var n = Interlocked.Increment(ref _nextDevice);
        return TestDevices.Client(_devices, address ?? $"10.{n / 250}.{n % 250}.9");
    }

    private async Task<Moderator> AddModeratorAsync()
    {
        using var scope = _devices.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<Forum.Web.Moderation.ModeratorAccounts>()
            .AddAsync(Unique("Mod"), Moderators.Password, ModeratorRole.Moderator, CancellationToken.None);
    }

    /// <summary>A browser that signed in once as the moderator (and so holds a device cookie), then signed out.</summary>
    private async Task<HttpClient> KnownDeviceAsync(Moderator moderator)
    {
        var device = Device();
        var signIn = await device.SignInAsModeratorAsync(moderator.Name, Moderators.Password);
        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(Forum.Web.Moderation.ModeratorDevices.CookieName + "="));
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("samesite=strict", Case.Insensitive);
        cookie.ShouldNotContain(Moderators.Password.Split(' ')[0]);
        (await device.SubmitAsync("/mod", "/mod/logout", new Dictionary<string, string>())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await device.GetAsync("/mod")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        return device;
    }

    private static Task<HttpResponseMessage[]> GuessAsync(IEnumerable<HttpClient> guessers, string name) =>
        Task.WhenAll(guessers.Select((guesser, i) => Task.Run(() => guesser.SignInAsModeratorAsync(name, $"a wrong guess {i}"))));

    [Test]
    public async Task A_known_device_signs_in_after_a_typo_while_twenty_guesses_arrive_at_once_from_elsewhere()
    {
        var moderator = await AddModeratorAsync();
        var owner = await KnownDeviceAsync(moderator);
        var attackers = Enumerable.Range(0, 20).Select(_ => Device()).ToList();

        // The guesses and the moderator's own sign-in run together, not one after the other.
        var guesses = GuessAsync(attackers, moderator.Name);
        var ownSignIn = Task.Run(async () =>
        {
            var typo = await owner.SignInAsModeratorAsync(moderator.Name, "correct horse battery stapel");
            var right = await owner.SignInAsModeratorAsync(moderator.Name, Moderators.Password);
            return (typo.StatusCode, right.StatusCode);
        });
        var answers = await guesses;
        var (typo, right) = await ownSignIn;

        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.BadRequest || a.StatusCode == HttpStatusCode.TooManyRequests);
        answers.Count(a => a.StatusCode == HttpStatusCode.BadRequest).ShouldBeLessThanOrEqualTo(Moderator.FreeGuesses, "guesses arriving together cannot slip past the count");
        typo.ShouldBe(HttpStatusCode.BadRequest);
        right.ShouldBe(HttpStatusCode.Redirect, "other people's guesses never slow a device the moderator signed in on before");
        (await owner.GetAsync("/mod")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Device().SignInAsModeratorAsync(moderator.Name, Moderators.Password)).StatusCode
            .ShouldBe(HttpStatusCode.TooManyRequests, "a new device waits while the name is being guessed");
    }

    [Test]
    public async Task A_known_device_that_guesses_wrong_too_often_counts_as_a_new_one()
    {
        var moderator = await AddModeratorAsync();
        var stolen = await KnownDeviceAsync(moderator);
        await GuessAsync(Enumerable.Range(0, 5).Select(_ => Device()), moderator.Name);
        for (var i = 0; i < Moderator.GuessesPerDevice; i++)
            (await stolen.SignInAsModeratorAsync(moderator.Name, $"guess {i}")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await stolen.SignInAsModeratorAsync(moderator.Name, "one more guess")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await stolen.SignInAsModeratorAsync(moderator.Name, Moderators.Password)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Test]
    public async Task On_a_new_device_typos_cost_seconds_and_then_the_right_password_signs_in()
    {
        var moderator = await AddModeratorAsync();
        var device = Device();
        var waited = TimeSpan.Zero;

        async Task<HttpResponseMessage> TryAsync(string password)
        {
            for (var attempt = 0; ; attempt++)
            {
                var response = await device.SignInAsModeratorAsync(moderator.Name, password);
                if (response.StatusCode != HttpStatusCode.TooManyRequests) return response;
                attempt.ShouldBe(0, "once the pause is over the device is heard");
                var wait = response.Headers.RetryAfter!.Delta!.Value;
                wait.ShouldBeLessThanOrEqualTo(TimeSpan.FromSeconds(10), "a typo on a new device costs seconds, not minutes");
                (await response.ParseAsync()).QuerySelector(Forum.Tests.Infrastructure.Pages.ComposerForm.AnyFieldError)!.TextContent.ShouldContain("second");
                waited += wait;
                Factory.Clock.Advance(wait);
            }
        }

        for (var i = 0; i < Moderator.GuessesPerDevice; i++)
            (await TryAsync($"correct horse battery stapel {i}")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await TryAsync(Moderators.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        TestContext.Out.WriteLine($"five typos on a new device cost {waited.TotalSeconds} s of waiting");
        waited.ShouldBeLessThanOrEqualTo(TimeSpan.FromSeconds(30));
        (await device.GetAsync("/mod")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task One_moderators_device_cookie_does_not_help_with_another_name()
    {
        var first = await AddModeratorAsync();
        var second = await AddModeratorAsync();
        var firstDevice = await KnownDeviceAsync(first);
        var secondDevice = await KnownDeviceAsync(second);
        await GuessAsync(Enumerable.Range(0, 20).Select(_ => Device()), second.Name);

        (await firstDevice.SignInAsModeratorAsync(second.Name, Moderators.Password)).StatusCode
            .ShouldBe(HttpStatusCode.TooManyRequests, "the first moderator's device is a new device for the second name");
        (await secondDevice.SignInAsModeratorAsync(second.Name, Moderators.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Test]
    public async Task A_forged_or_altered_device_cookie_counts_as_none()
    {
        var moderator = await AddModeratorAsync();
        var owner = await KnownDeviceAsync(moderator);
        await GuessAsync(Enumerable.Range(0, 20).Select(_ => Device()), moderator.Name);
        var forged = Device();
        forged.DefaultRequestHeaders.Add("Cookie", $"{Forum.Web.Moderation.ModeratorDevices.CookieName}=CfDJ8not-a-real-device-cookie");

        (await forged.SignInAsModeratorAsync(moderator.Name, Moderators.Password)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await owner.SignInAsModeratorAsync(moderator.Name, Moderators.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}
