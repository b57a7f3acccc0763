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

    /// <summary>
    /// One plan per prepared statement per connection. PostgreSQL's default re-plans a prepared statement with each
    /// call's values whenever it guesses that pays; for the header's names-and-unread statement it always guessed so,
    /// and planning cost 0.9 ms against 0.1 ms of running (the latest stories: 0.3 against 0.3). Every page statement
    /// here is shaped for an index of its own, so a plan made without the values is the same plan; search, where the
    /// words decide the plan, asks for its own per call (SearchReader: SET LOCAL force_custom_plan around its ranking).
    /// </summary>
    public const string PlanCacheMode = "force_generic_plan";

    public const string PlanCacheOption = $"-c plan_cache_mode={PlanCacheMode}";

    /// <summary>
    /// What the planner assumes a page read at random costs against one read in sequence: 1.1, the usual setting
    /// for data on SSDs or in memory, where PostgreSQL's default (4) was written for spinning disks. With 4, a list
    /// of 26 stories joined its writers' names by reading all 2,017 pseudonyms into a hash (0.43 ms a room page)
    /// instead of 26 index lookups (0.09 ms), and the hash grows with every name ever made.
    /// </summary>
    public const string RandomPageCost = "1.1";

    public const string RandomPageCostOption = $"-c random_page_cost={RandomPageCost}";

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
    /// per connection, each planned once (<see cref="PlanCacheOption"/>) for memory-speed reads (<see cref="RandomPageCostOption"/>).
    /// Any of these given in the connection string wins.
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
        foreach (var (name, option) in new[] { ("plan_cache_mode", PlanCacheOption), ("random_page_cost", RandomPageCostOption) })
        {
            if (!limited.Contains(name, StringComparison.OrdinalIgnoreCase))
                builder.Options = string.IsNullOrEmpty(builder.Options) ? option : $"{builder.Options} {option}";
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
