using System.Diagnostics;
using Forum.Tests.Infrastructure;

namespace Forum.Tests.Web;

/// <summary>
/// Configuration a node cannot serve with stops it before it listens, with one line that says what to change: the
/// real program, started as an operator would start it.
/// </summary>
[Category("Web")]
public sealed class StartupRefusalTests
{
    private static async Task<(int ExitCode, string[] Errors)> StartAsync(params (string Name, string Value)[] settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Forum.Web.dll"));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        // Never reached: the refusals come before the database is touched.
        start.Environment["ConnectionStrings__Forum"] = $"Host=127.0.0.1;Port={TestRedis.FreePort()};Database=none;Username=none;Password=none";
        foreach (var (name, value) in settings) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("The node started instead of refusing: " + await output);
        }
        return (process.ExitCode, (await errors).Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [TestCase("forum.example")]
    [TestCase("/relative")]
    [TestCase("ftp://forum.example")]
    [TestCase("https://forum.example/forum/")]
    [TestCase("https://user:secret@forum.example")]
    public async Task A_base_url_that_is_not_an_absolute_origin_stops_the_node_with_one_line(string baseUrl)
    {
        var (exitCode, errors) = await StartAsync(("Site__BaseUrl", baseUrl));

        exitCode.ShouldNotBe(0);
        errors.ShouldHaveSingleItem();
        errors[0].ShouldStartWith("Site:BaseUrl must be");
    }

    // Redis configured but not answering is not refused: the node starts degraded (RedisStoppedTests).
    [Test]
    public async Task A_redis_call_timeout_of_nothing_stops_the_node_with_one_line()
    {
        var (exitCode, errors) = await StartAsync(("Site__BaseUrl", "https://forum.example"), ("Redis", $"127.0.0.1:{TestRedis.FreePort()}"),
            ("RedisCalls__TimeoutMilliseconds", "0"));

        exitCode.ShouldNotBe(0);
        errors.ShouldHaveSingleItem();
        errors[0].ShouldBe("RedisCalls:TimeoutMilliseconds must be a whole number, 1 or more; it is \"0\".");
    }

    [TestCase("ForwardedHeaders__KnownProxies__0", "not-an-address")]
    [TestCase("ForwardedHeaders__KnownNetworks__0", "10.0.0.0/99")]
    public async Task A_proxy_that_is_not_an_address_stops_the_node_with_one_line(string setting, string value)
    {
        var (exitCode, errors) = await StartAsync(("Site__BaseUrl", "https://forum.example"), (setting, value));

        exitCode.ShouldNotBe(0);
        errors.ShouldHaveSingleItem();
        errors[0].ShouldContain(value);
    }

    [Test]
    public async Task No_connection_string_outside_development_stops_the_node_with_one_line()
    {
        var (exitCode, errors) = await StartAsync(("Site__BaseUrl", "https://forum.example"), ("ConnectionStrings__Forum", ""));

        exitCode.ShouldBe(1);
        errors.ShouldHaveSingleItem();
        errors[0].ShouldBe(Forum.Web.Startup.DatabaseConnection.MissingInProduction);
    }

    // Validated options (ValidateOnStart) end through the same refusal as every other bad setting: one line, exit 1.
    [TestCase("Shutdown__DrainSeconds", "-1", "Shutdown:DrainSeconds must be a whole number from 0 to 120; it is -1.")]
    [TestCase("Retention__RemovedContentDays", "0", "Retention:RemovedContentDays must be a whole number from 1 to 3650; it is 0.")]
    [TestCase("RateLimits__Replies__WindowSeconds", "0", "RateLimits:Replies:WindowSeconds must be a whole number, 1 or more; it is 0.")]
    [TestCase("Shutdown__RequestSeconds", "ten", "Failed to convert configuration value 'ten' at 'Shutdown:RequestSeconds' to type 'System.Int32'.")]
    public async Task A_validated_setting_out_of_range_stops_the_node_with_one_line(string setting, string value, string message)
    {
        var (exitCode, errors) = await StartAsync(("Site__BaseUrl", "https://forum.example"), (setting, value));

        exitCode.ShouldBe(1);
        errors.ShouldHaveSingleItem();
        errors[0].ShouldBe(message);
    }

    [Test]
    public async Task A_scrape_port_out_of_range_stops_the_node_with_one_line()
    {
        var (exitCode, errors) = await StartAsync(("Site__BaseUrl", "https://forum.example"), ("Telemetry__PrometheusPort", "70000"));

        exitCode.ShouldBe(1);
        errors.ShouldHaveSingleItem();
        errors[0].ShouldContain("PrometheusPort");
    }

    [TestCase("Search__MatchesRanked", "ten", "Search:MatchesRanked must be a whole number, 1 or more; it is \"ten\".")]
    [TestCase("Search__MaxConcurrent", "0", "Search:MaxConcurrent must be a whole number, 1 or more; it is \"0\".")]
    [TestCase("Search__TimeoutSeconds", "2.5", "Search:TimeoutSeconds must be a whole number, 1 or more; it is \"2.5\".")]
    [TestCase("Search__QueueLimit", "99999999999", "Search:QueueLimit must be a whole number, 0 or more; it is \"99999999999\".")]
    [TestCase("PageCache__SizeLimitMegabytes", "lots", "PageCache:SizeLimitMegabytes must be a whole number, 1 or more; it is \"lots\".")]
    [TestCase("Memory__TrimSeconds", "-1", "Memory:TrimSeconds must be a whole number, 0 or more; it is \"-1\".")]
    public async Task A_number_setting_that_is_not_a_whole_number_in_range_stops_the_node_with_one_line(string setting, string value, string message)
    {
        var (exitCode, errors) = await StartAsync(("Site__BaseUrl", "https://forum.example"), (setting, value));

        exitCode.ShouldNotBe(0);
        errors.ShouldHaveSingleItem();
        errors[0].ShouldBe(message);
    }
}
