using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Forum.Web.Infrastructure;

/// <summary>
/// Asks the database on a small pool of its own (see DatabasePool), so that a node whose page traffic holds every
/// pooled connection still answers its load balancer at once rather than queueing behind that traffic.
/// </summary>
internal sealed class DatabaseHealthCheck(HealthDataSource health) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var command = health.Source.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy("The database answers.");
        }
        catch (Exception e) when (DatabaseUnavailable.IsUnavailable(e) || e is NpgsqlException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.");
        }
    }
}

/// <summary>The health check's own data source, one per process.</summary>
internal sealed class HealthDataSource(NpgsqlDataSource source) : IAsyncDisposable
{
    public NpgsqlDataSource Source => source;

    /// <summary>With several hosts: views of the same small pool that reach only a standby, or only the primary.</summary>
    public NpgsqlDataSource? Standby { get; } = (source as NpgsqlMultiHostDataSource)?.WithTargetSession(TargetSessionAttributes.Standby);

    public NpgsqlDataSource? Primary { get; } = (source as NpgsqlMultiHostDataSource)?.WithTargetSession(TargetSessionAttributes.Primary);

    public ValueTask DisposeAsync() => source.DisposeAsync();
}

/// <summary>The data source behind the pages' DbContext pool, one per process, closed when the app stops.</summary>
internal sealed class ForumDataSource(NpgsqlDataSource source) : IAsyncDisposable
{
    public NpgsqlDataSource Source => source;

    public ValueTask DisposeAsync() => source.DisposeAsync();
}
