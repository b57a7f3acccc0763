using System.Diagnostics;
using System.Net;
using Forum.Tests.Infrastructure;

namespace Forum.Tests.Web;

/// <summary>
/// `dotnet run --project Forum.Web`, as an operator types it: the address they give (ASPNETCORE_URLS or --urls) is
/// the one served, whatever the launch profile says, and in Development the feeds' links lead back to that address.
/// </summary>
[Category("Web")]
public sealed class FirstRunTests
{
    [TestCase(true)]
    [TestCase(false)]
    public async Task Dotnet_run_serves_the_address_the_operator_gives_and_the_feed_links_follow_it(bool throughEnvironment)
    {
        var port = TestRedis.FreePort();
        var address = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = SourceTree.Root,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        // The test's own build of Forum.Web, with its launch profile (which sets Development), as `dotnet run` applies it.
        foreach (var argument in new[] { "run", "--no-build", "-c", BuildConfiguration, "--project", "Forum.Web" }) start.ArgumentList.Add(argument);
        if (throughEnvironment) start.Environment["ASPNETCORE_URLS"] = address;
        else foreach (var argument in new[] { "--", "--urls", address }) start.ArgumentList.Add(argument);
        start.Environment["ConnectionStrings__Forum"] = await TestPostgres.CreateDatabaseAsync();
        start.Environment["Database__MigrateOnStartup"] = "false";
        start.Environment.Remove("Site__BaseUrl");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            // One patience for the start and each answer: a cold node's first feed on a busy machine took over 10 s.
            var patience = TimeSpan.FromSeconds(120);
            using var client = new HttpClient { BaseAddress = new Uri(address), Timeout = patience };
            var deadline = DateTime.UtcNow + patience;
            while (!await AnswersAsync(client))
            {
                if (process.HasExited || DateTime.UtcNow > deadline)
                    Assert.Fail($"Nothing answered on {address}.\n{(process.HasExited ? await output + await errors : "")}");
                await Task.Delay(100);
            }

            var feed = await client.GetStringAsync("/feed.atom");
            feed.ShouldContain($"href=\"{address}/feed.atom\"");
            feed.ShouldNotContain("5080");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Test]
    public async Task The_launch_profile_names_no_address_to_put_over_the_operators()
    {
        var profile = await File.ReadAllTextAsync(Path.Combine(SourceTree.Root, "Forum.Web", "Properties", "launchSettings.json"));

        profile.ShouldNotContain("applicationUrl");
    }

    /// <summary>Debug or Release, as this test assembly was built; Forum.Web was built beside it.</summary>
    private static string BuildConfiguration =>
        AppContext.BaseDirectory.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries) is var parts
        && parts.Contains("Release") ? "Release" : "Debug";

    private static async Task<bool> AnswersAsync(HttpClient client)
    {
        try
        {
            return (await client.GetAsync("/healthz/live")).StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
