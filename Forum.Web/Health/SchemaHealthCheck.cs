using Forum.Data.Migrations;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Forum.Web.Health;

/// <summary>
/// /healthz/ready's "schema": the newest migration this build carries has been applied. A node started with
/// Database:MigrateOnStartup=false ahead of `migrate` waits, not-ready, instead of serving pages that need a column
/// the database does not have yet. Once applied it stays applied, so the database is asked only until then.
/// </summary>
internal sealed class SchemaHealthCheck(HealthDataSource health) : IHealthCheck
{
    public const string Name = "schema";

    private static readonly Lazy<string> Newest = new(() => Migration.Embedded()[^1].Version);
    private volatile bool _applied;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (_applied) return Healthy;
        try
        {
            await using var command = health.Source.CreateCommand("SELECT EXISTS (SELECT FROM schema_migrations WHERE version = $1)");
            command.Parameters.Add(new NpgsqlParameter { Value = Newest.Value });
            _applied = (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
            return _applied ? Healthy : NotYet;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return NotYet;
        }
        catch (Exception e) when (DatabaseUnavailable.IsUnavailable(e) || e is NpgsqlException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.");
        }
    }

    private static readonly HealthCheckResult Healthy = HealthCheckResult.Healthy("The schema is up to date.");

    private static HealthCheckResult NotYet => HealthCheckResult.Unhealthy($"Migration {Newest.Value} is not applied yet.");
}
