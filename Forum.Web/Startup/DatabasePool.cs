using Npgsql;

namespace Forum.Web.Startup;

/// <summary>
/// How many connections one web node may hold. Npgsql's default (100) equals PostgreSQL's default
/// max_connections (100), so one busy node could take every slot and lock out psql, a second node and the
/// migration runner. The default here, 30 per node, leaves room for two nodes, the health check's own two
/// connections and the administrator. Configure Database:MaxPoolSize (or put "Maximum Pool Size" in the
/// connection string) to change it; keep nodes × pool size + a few below max_connections.
/// </summary>
internal static class DatabasePool
{
    public const int DefaultMaxPoolSize = 30;

    /// <summary>The health check's own pool: small, so it never competes with pages, and separate, so it never waits behind them.</summary>
    public const int HealthPoolSize = 2;

    /// <summary>Statements each pooled connection keeps prepared: every query a page makes, with room to spare.</summary>
    public const int MaxAutoPrepare = 64;

    public static string Limited(IConfiguration configuration)
    {
        var connectionString = DatabaseConnection.Primary(configuration);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("pool size", StringComparison.OrdinalIgnoreCase))
            builder.MaxPoolSize = configuration.GetValue("Database:MaxPoolSize", DefaultMaxPoolSize);
        return builder.ConnectionString;
    }

    /// <summary>
    /// Each reader call opens and closes a pooled connection, so a page makes several trips through the pool.
    /// Npgsql's default resets a connection on its way back (DISCARD ALL: one more round trip per query, and it
    /// forgets prepared statements). Nothing here leaves session state behind (search's statement_timeout is
    /// SET LOCAL, inside its transaction), so the reset is off, and statements used twice are prepared once
    /// per connection. Either setting given in the connection string wins.
    /// </summary>
    public static string ForPagesConnectionString(IConfiguration configuration)
    {
        var limited = Limited(configuration);
        var builder = new NpgsqlConnectionStringBuilder(limited);
        if (!limited.Contains("reset on close", StringComparison.OrdinalIgnoreCase)) builder.NoResetOnClose = true;
        if (!limited.Contains("auto prepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
            builder.AutoPrepareMinUsages = 2;
        }
        return builder.ConnectionString;
    }

    public static NpgsqlDataSource ForPages(IConfiguration configuration) => NpgsqlDataSource.Create(ForPagesConnectionString(configuration));

    /// <summary>Reads go to a standby when the connection string lists one, unless Database:ReadFromStandby is false.</summary>
    public static bool ReadFromStandby(IConfiguration configuration) => configuration.GetValue("Database:ReadFromStandby", true);

    public static NpgsqlDataSource ForHealth(string connectionString) =>
        new NpgsqlDataSourceBuilder(new NpgsqlConnectionStringBuilder(connectionString)
        {
            MaxPoolSize = HealthPoolSize,
            Timeout = 3,
            CommandTimeout = 3,
            ApplicationName = "forum-health",
        }.ConnectionString).Build();
}
