using System.Globalization;
using System.Net.Sockets;
using Forum.Web.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Forum.Tests.Web;

/// <summary>The Prometheus scrape is served on its own port only, and a telemetry setting that can't work stops start-up.</summary>
[Category("Web")]
// Meters are process-wide: beside another fixture's app the scrape would count that app's stories too.
[NonParallelizable]
public sealed class TelemetryPortTests
{
    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    [Test]
    public async Task The_scrape_answers_on_its_own_port_and_the_site_does_not_serve_it()
    {
        var port = FreePort();
        await using var factory = await ForumWebFactory.CreateAsync();
        factory.Settings["Telemetry:PrometheusPort"] = port.ToString(CultureInfo.InvariantCulture);
        factory.Settings["Telemetry:PrometheusAddress"] = "127.0.0.1";
        var visitor = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var links = factory.Services.GetRequiredService<ForumLinks>();
        var posted = await visitor.SubmitAsync(links.NewStory("anxiety"), links.RoomStories("anxiety"), new Dictionary<string, string> { ["Title"] = "Counting", ["Body"] = "One story to count." });
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await visitor.GetAsync("/metrics")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "the site's own address never serves the scrape");
        using var prometheus = new HttpClient();
        var scrape = await prometheus.GetStringAsync($"http://127.0.0.1:{port}/metrics");
        scrape.ShouldContain("forum_stories_written_total{otel_scope_name=\"Forum\"} 1");
        scrape.ShouldContain("forum_moderation_queue_length{otel_scope_name=\"Forum\",forum_queue_section=\"held\"} 0");
        scrape.ShouldContain("http_server_request_duration_seconds");
        (await prometheus.GetAsync($"http://127.0.0.1:{port}/")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "the scrape port serves nothing else");
    }

    // A scrape port out of range is refused like every other bad setting: StartupRefusalTests.
}
