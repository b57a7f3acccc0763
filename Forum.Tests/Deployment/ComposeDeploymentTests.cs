using System.Diagnostics;
using AngleSharp.Html.Dom;

namespace Forum.Tests.Deployment;

/// <summary>
/// `docker compose up` as a user runs it: the app image built from the Dockerfile, PostgreSQL from its image, a
/// story written through the real form, and still there (with forms rendered before) after the forum restarts.
/// </summary>
[Category("Deployment")]
[NonParallelizable]
public sealed class ComposeDeploymentTests
{
    /// <summary>Only so a wedged engine cannot hold CI for its whole limit; a healthy start takes well under a minute.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(10);

    private static readonly string[] Images = ["postgres:15", "mcr.microsoft.com/dotnet/sdk:10.0", "mcr.microsoft.com/dotnet/aspnet:10.0"];

    private ComposeStack? _stack;

    [OneTimeSetUp]
    public async Task BringTheStackUp()
    {
        var noDocker = await DockerEngine.UnavailableBecauseAsync();
        _stack = noDocker is null ? await ComposeStack.FindAsync() : null;
        var reason = noDocker ?? (_stack is null ? "neither `docker compose` nor `docker-compose` is installed" : null);
        if (reason is null && !DockerEngine.Required && await MissingImageAsync() is { } missing)
            reason = $"the image {missing} is not here (scripts/docker-images builds it where no registry answers)";
        if (reason is not null)
        {
            var message = $"The compose stack cannot run: {reason}.";
            if (DockerEngine.Required) Assert.Fail(message + " FORUM_REQUIRE_DOCKER=1 makes that a failure.");
            Assert.Ignore(message);
        }

        var started = Stopwatch.StartNew();
        await _stack!.ComposeAsync("up", "-d", "--build");
        await WaitUntilHealthyAsync();
        await TestContext.Progress.WriteLineAsync($"Compose stack {_stack.Project} built and healthy in {started.Elapsed.TotalSeconds:F0} s.");
    }

    [OneTimeTearDown]
    public async Task TakeTheStackDown()
    {
        // Always, whatever happened above: containers, network and the named volume all belong to this run.
        if (_stack is not null) await _stack.ComposeAsync("down", "-v", "--remove-orphans");
    }

    [Test]
    public async Task A_story_written_through_the_form_survives_a_restart_of_the_forum_container()
    {
        using var visitor = Browser();
        var home = await visitor.GetDocumentAsync("/");
        home.QuerySelectorAll("a[href^='/r/']").ShouldNotBeEmpty("the home page lists the rooms");
        var id = await _stack!.ComposeAsync("exec", "-T", "web", "id", "-u");
        id.Trim().ShouldNotBe("0", "the forum runs as a non-root user");

        var title = $"Still here after the restart {Guid.NewGuid():N}";
        var written = await visitor.SubmitAsync("/r/anxiety/new", "/r/anxiety/threads",
            new Dictionary<string, string> { ["Title"] = title, ["Body"] = "Day *ten*. Writing it down helps." });
        written.StatusCode.ShouldBe(HttpStatusCode.Redirect, await written.Content.ReadAsStringAsync());
        var story = written.Headers.Location!.OriginalString;
        // A form rendered before the restart, posted after it: its antiforgery token must still be accepted,
        // which it is only if the Data Protection keys lived in the database and not in the old process.
        var composerBefore = await visitor.GetDocumentAsync("/r/anxiety/new");

        await _stack.ComposeAsync("restart", "web");
        await WaitUntilHealthyAsync();

        var read = await visitor.GetDocumentAsync(story);
        read.QuerySelector("h1")!.TextContent.ShouldBe(title);
        read.QuerySelector(".post-body em")!.TextContent.ShouldBe("ten");

        var second = await visitor.PostAsync("/r/anxiety/threads", new FormUrlEncodedContent(
            HiddenFields(composerBefore).Append(new("Title", title + " again")).Append(new("Body", "And the day after."))));
        second.StatusCode.ShouldBe(HttpStatusCode.Redirect, "a form rendered before the restart posts after it");
    }

    private HttpClient Browser() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = _stack!.BaseAddress,
        };

    private static IEnumerable<KeyValuePair<string, string>> HiddenFields(IHtmlDocument page) =>
        page.Forms.Single(f => f.GetAttribute("action") == "/r/anxiety/threads").Elements.OfType<IHtmlInputElement>()
            .Where(input => input.Type == "hidden")
            .Select(input => new KeyValuePair<string, string>(input.Name!, input.Value));

    private async Task WaitUntilHealthyAsync()
    {
        using var probe = new HttpClient { BaseAddress = _stack!.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var waited = Stopwatch.StartNew();
        var last = "no answer yet";
        while (waited.Elapsed < HangGuard)
        {
            try
            {
                var response = await probe.GetAsync("/healthz");
                if (response.StatusCode == HttpStatusCode.OK) return;
                last = $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}";
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                last = e.Message;
            }
            if (await _stack.CrashedAsync("web") is { } crashed)
                Assert.Fail($"The forum container stopped: {crashed}.\n{await _stack.ComposeAsync("logs", "--no-color", "web")}");
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
        Assert.Fail($"/healthz never answered 200 (last: {last}).\n{await _stack.ComposeAsync("logs", "--no-color")}");
    }

    private static async Task<string?> MissingImageAsync()
    {
        foreach (var image in Images)
            if ((await ComposeStack.RunAsync("docker", ["image", "inspect", image], null)).Code != 0) return image;
        return null;
    }
}
