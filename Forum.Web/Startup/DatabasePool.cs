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

    public static string Limited(IConfiguration configuration)
    {
        var connectionString = DatabaseConnection.Primary(configuration);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("pool size", StringComparison.OrdinalIgnoreCase))
            builder.MaxPoolSize = configuration.GetValue("Database:MaxPoolSize", DefaultMaxPoolSize);
        return builder.ConnectionString;
    }

    public static NpgsqlDataSource ForPages(IConfiguration configuration) => NpgsqlDataSource.Create(Limited(configuration));

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
