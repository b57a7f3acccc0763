using System.Net;
using OpenTelemetry.Metrics;

namespace Forum.Web.Telemetry;

/// <summary>
/// The Prometheus scrape (GET /metrics) on a listener of its own, Telemetry:PrometheusPort: the site's addresses never
/// answer it, whatever ASPNETCORE_URLS says, and the port can be kept off the public network (docs/TELEMETRY.md).
/// A second Kestrel rather than an endpoint with RequireHost: configuring a port for the site's own Kestrel in code
/// would replace the addresses the operator gave it.
/// </summary>
internal sealed class PrometheusScrapePort(MeterProvider meters, IOptions<TelemetryOptions> options) : IHostedService, IAsyncDisposable
{
    public const string Path = "/metrics";

    private WebApplication? _listener;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Services.AddOptions();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Parse(settings.PrometheusAddress), settings.PrometheusPort!.Value);
        });
        _listener = builder.Build();
        _listener.UseOpenTelemetryPrometheusScrapingEndpoint(meters, predicate: null, path: Path, configureBranchedPipeline: null, optionsName: null);
        _listener.Run(context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        await _listener.StartAsync(cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_listener is not null) await _listener.StopAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_listener is not null) await _listener.DisposeAsync();
    }
}
