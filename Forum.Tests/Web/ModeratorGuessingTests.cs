using System.Diagnostics;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Forum.Tests.Web;

/// <summary>
/// Guessing a moderator's password from other devices never keeps the moderator out of a device they signed in
/// on before, guesses arriving together get no more hearings than one at a time would, and a name that has no
/// account answers exactly like one that has.
/// </summary>
// It compares sign-in timings, which another fixture running beside it would skew.
[NonParallelizable]
public sealed class ModeratorGuessingTests : WebTest
{
    private WebApplicationFactory<Program> _devices = null!;
    private static int _nextDevice;

    [OneTimeSetUp]
    public void StartDevices() => _devices = TestDevices.On(Factory);

    [OneTimeTearDown]
    public Task StopDevices() => _devices.DisposeAsync().AsTask();

    private HttpClient Device()
    {
        var n = Interlocked.Increment(ref _nextDevice);
        return TestDevices.Client(_devices, $"10.{n / 250}.{n % 250}.7");
    }

    private async Task<Moderator> AddModeratorAsync()
    {
        using var scope = _devices.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<Forum.Web.Moderation.ModeratorAccounts>()
            .AddAsync(Unique("Mod"), Moderators.Password, ModeratorRole.Moderator, CancellationToken.None);
    }

    [Test]
    public async Task The_right_password_works_on_a_device_used_before_however_many_wrong_guesses_others_have_made()
    {
        var moderator = await AddModeratorAsync();
        var owner = Device();
        (await owner.SignInAsModeratorAsync(moderator.Name, Moderators.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await owner.SubmitAsync("/mod", "/mod/logout", new Dictionary<string, string>())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var attacker = Device();
        var others = Enumerable.Range(0, 6).Select(_ => Device()).ToList();
        foreach (var guesser in others.Prepend(attacker))
            for (var i = 0; i < Moderator.GuessesPerDevice + 2; i++)
                await guesser.SignInAsModeratorAsync(moderator.Name, $"guess {i}");

        var signIn = await owner.SignInAsModeratorAsync(moderator.Name, Moderators.Password);

        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect, "the moderator is kept out by nobody else's guesses");
        (await owner.GetAsync("/mod")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await attacker.SignInAsModeratorAsync(moderator.Name, "yet another guess")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Test]
    public async Task Wrong_guesses_arriving_together_cannot_slip_past_the_count()
    {
        var moderator = await AddModeratorAsync();
        const int guesses = 10;
        var devices = Enumerable.Range(0, guesses).Select(_ => Device()).ToList();
        // Fetch every form first, so that the guesses themselves arrive as close together as the machine allows.
        var forms = await Task.WhenAll(devices.Select(d => d.GetDocumentAsync("/mod/login")));
        var tokens = forms.Select(f => f.QuerySelector("input[name='__form']")!.GetAttribute("value")!).ToList();
        using var start = new Barrier(guesses);

        var responses = await Task.WhenAll(devices.Select((device, i) => Task.Run(async () =>
        {
            start.SignalAndWait();
            return await device.PostAsync("/mod/login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__form"] = tokens[i], ["Name"] = moderator.Name, ["Password"] = $"wrong guess {i}",
            }));
        })));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.BadRequest || r.StatusCode == HttpStatusCode.TooManyRequests);
        var heard = responses.Count(r => r.StatusCode == HttpStatusCode.BadRequest);
        heard.ShouldBe(Moderator.FreeGuesses, "new devices share one count per name, so only the free guesses are heard at once");
        await using var db = TestPostgres.CreateContext(Factory.ConnectionString);
        (await db.Moderators.Where(m => m.Id == moderator.Id).Select(m => m.FailedSignIns).SingleAsync()).ShouldBe(heard);
    }

    [Test]
    public async Task An_unknown_name_answers_like_a_known_one_in_status_and_in_time()
    {
        var knownTimes = new List<double>();
        var unknownTimes = new List<double>();
        // Three rounds, each with its own account and devices, so that one stall of a busy machine cannot decide the medians.
        for (var round = 0; round < 3; round++)
        {
            var moderator = await AddModeratorAsync();
            var unknown = Unique("Nobody");
            var known = Device();
            var nobody = Device();
            var knownStatuses = new List<HttpStatusCode>();
            var unknownStatuses = new List<HttpStatusCode>();
            // Interleaved, so that whatever else the machine is doing weighs on both alike.
            for (var i = 0; i < Moderator.GuessesPerDevice + 3; i++)
            {
                var watch = Stopwatch.StartNew();
                knownStatuses.Add((await known.SignInAsModeratorAsync(moderator.Name, $"wrong {i}")).StatusCode);
                knownTimes.Add(watch.Elapsed.TotalMilliseconds);
                watch.Restart();
                unknownStatuses.Add((await nobody.SignInAsModeratorAsync(unknown, $"wrong {i}")).StatusCode);
                unknownTimes.Add(watch.Elapsed.TotalMilliseconds);
            }

            unknownStatuses.ShouldBe(knownStatuses);
            knownStatuses.ShouldContain(HttpStatusCode.TooManyRequests);
        }

        // Medians of the same mix of answers; before, a paused real name answered some 30 times faster than an unknown one.
        var ratio = Median(knownTimes) / Median(unknownTimes);
        TestContext.Out.WriteLine($"known/unknown median sign-in time ratio: {ratio:F2} over {knownTimes.Count} pairs");
        ratio.ShouldBeInRange(0.33, 3.0);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
