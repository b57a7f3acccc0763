using Forum.DevDatabase;
using Npgsql;

namespace Forum.Web.Startup;

/// <summary>
/// Finds the database: the configured ConnectionStrings:Forum, or in Development a private PostgreSQL cluster
/// under .data/postgres that this process starts (or reuses).
/// </summary>
internal static class DatabaseConnection
{
    public const string Name = "Forum";

    public const string MissingInProduction =
        "No database is configured: set the ConnectionStrings__Forum environment variable to a PostgreSQL connection string.";

    /// <summary>
    /// The configured connection string, as the writes use it. When it lists several hosts (a primary and its
    /// standbys, in any order), writes and migrations go to whichever is the primary at the time, so a promoted
    /// standby takes the writes without a restart; the readers may use a standby (<see cref="Forum.Data.Replication.ReadReplica"/>).
    /// </summary>
    public static string Primary(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(Name) ?? "";
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!IsMultiHost(builder)) return connectionString;
        if (!connectionString.Contains("target session", StringComparison.OrdinalIgnoreCase))
            builder.TargetSessionAttributes = "primary";
        // Npgsql remembers which host was the primary for this long; after a promotion, writes wait at most that.
        if (!connectionString.Contains("recheck", StringComparison.OrdinalIgnoreCase))
            builder.HostRecheckSeconds = HostRecheckSeconds;
        return builder.ConnectionString;
    }

    public const int HostRecheckSeconds = 2;

    public static bool IsMultiHost(NpgsqlConnectionStringBuilder builder) => builder.Host?.Contains(',') == true;

    /// <exception cref="StartupRefusal">No connection string outside Development, or no PostgreSQL programs for the private cluster.</exception>
    public static async Task ConfigureAsync(WebApplicationBuilder builder)
    {
        if (!string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(Name))) return;
        if (!builder.Environment.IsDevelopment()) throw new StartupRefusal(MissingInProduction);

        try
        {
            var (connectionString, startedHere) = await DevelopmentDatabase.StartOwnedAsync(builder.Environment.ContentRootPath);
            builder.Configuration[$"ConnectionStrings:{Name}"] = connectionString;
            // Registered before every other service, so it stops last, after the server and the background work.
            if (startedHere is not null) builder.Services.AddHostedService(_ => new DevelopmentDatabaseStop(startedHere));
        }
        catch (InvalidOperationException e)
        {
            throw new StartupRefusal(e.Message, e);
        }
    }

    /// <summary>The private cluster stops with the site that started it, so closing the site leaves nothing running.</summary>
    private sealed class DevelopmentDatabaseStop(LocalPostgres postgres) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => postgres.StopAsync(CancellationToken.None);
    }
}
