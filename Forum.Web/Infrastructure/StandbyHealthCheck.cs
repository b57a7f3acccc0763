using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using NpgsqlTypes;

namespace Forum.Web.Infrastructure;

/// <summary>
/// How far the standby is behind the primary, for /healthz: bytes of WAL not yet replayed (the primary's position
/// minus the standby's), and the primary's own measure of replay lag in seconds where its role may read it
/// (pg_stat_replication; superuser or pg_read_all_stats). Registered only when the connection string lists several
/// hosts. No standby answering, or one further behind than the limit (<see cref="StandbyLagWatch"/>), is "degraded",
/// not unhealthy: reads then go to the primary and the node still serves.
/// </summary>
internal sealed class StandbyHealthCheck(HealthDataSource health, StandbyLagWatch watch, StandbyLagLimit limit) : IHealthCheck
{
    public const string Name = "standby";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (health.Standby is not { } standby || health.Primary is not { } primary)
            return HealthCheckResult.Healthy("A single database host: no standby.");
        try
        {
            var (behind, seconds) = await MeasureAsync(standby, primary, cancellationToken);
            var data = new Dictionary<string, object> { ["bytesBehind"] = behind };
            if (seconds is { } lag) data["replayLagSeconds"] = Math.Round(lag, 3);
            data["secondsBehind"] = Math.Round(watch.Lag.TotalSeconds, 1);
            return watch.IsTooFarBehind
                ? HealthCheckResult.Degraded($"The standby is more than {limit.Limit.TotalSeconds:F0} s behind: reads go to the primary until it catches up.", data: data)
                : HealthCheckResult.Healthy("The standby answers.", data);
        }
        catch (Exception e) when (DatabaseUnavailable.IsUnavailable(e) || e is NpgsqlException)
        {
            return HealthCheckResult.Degraded("No standby answers: reads go to the primary.");
        }
    }

    /// <summary>Bytes of WAL the standby has not replayed, and the primary's replay lag where its role may read it; for /healthz and the standby gauges.</summary>
    public static async Task<(long BytesBehind, double? ReplayLagSeconds)> MeasureAsync(NpgsqlDataSource standby, NpgsqlDataSource primary, CancellationToken cancellationToken)
    {
        await using var replayed = standby.CreateCommand("SELECT pg_last_wal_replay_lsn()");
        var standbyPosition = (NpgsqlLogSequenceNumber)(await replayed.ExecuteScalarAsync(cancellationToken))!;

        await using var current = primary.CreateCommand(
            "SELECT pg_current_wal_lsn(), (SELECT max(extract(epoch FROM replay_lag))::float8 FROM pg_stat_replication)");
        await using var row = await current.ExecuteReaderAsync(cancellationToken);
        await row.ReadAsync(cancellationToken);
        var primaryPosition = row.GetFieldValue<NpgsqlLogSequenceNumber>(0);
        double? seconds = row.IsDBNull(1) ? null : row.GetDouble(1);
        return (primaryPosition > standbyPosition ? (long)(ulong)(primaryPosition - standbyPosition) : 0L, seconds);
    }
}
