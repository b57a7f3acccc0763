using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Forum.Web.Health;

/// <summary>
/// Turns the node not-ready the moment it is asked to stop (ApplicationStopping), then holds the stop for
/// Shutdown:DrainSeconds before the server stops listening. A lifecycle service's StoppingAsync runs before any
/// hosted service stops, Kestrel included, so pages keep being served while the balancer takes the node out.
/// </summary>
internal sealed class Draining(IOptions<ShutdownOptions> options, TimeProvider clock, IHostApplicationLifetime lifetime) : IHostedLifecycleService
{
    private volatile bool _draining;

    public bool IsDraining => _draining;

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStopping.Register(() => _draining = true);
        return Task.CompletedTask;
    }

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        _draining = true;
        var delay = TimeSpan.FromSeconds(options.Value.DrainSeconds);
        if (delay <= TimeSpan.Zero) return;
        try
        {
            await Task.Delay(delay, clock, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The shutdown timeout ran out first: stop now rather than hold the node past it.
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>/healthz/ready's "draining": unhealthy from the moment the node is asked to stop.</summary>
internal sealed class DrainingHealthCheck(Draining draining) : IHealthCheck
{
    public const string Name = "draining";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(draining.IsDraining
            ? HealthCheckResult.Unhealthy("The node is stopping.")
            : HealthCheckResult.Healthy("The node takes visitors."));
}
