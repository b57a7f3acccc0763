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

    public static async Task ConfigureAsync(WebApplicationBuilder builder)
    {
        if (!string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(Name))) return;
        if (!builder.Environment.IsDevelopment())
        {
            await Console.Error.WriteLineAsync(MissingInProduction);
            Environment.Exit(1);
        }

        try
        {
            builder.Configuration[$"ConnectionStrings:{Name}"] = await DevelopmentDatabase.StartAsync(builder.Environment.ContentRootPath);
        }
        catch (InvalidOperationException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            Environment.Exit(1);
        }
    }
}
