using Forum.Data.Postgres;

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

    public static async Task ConfigureAsync(WebApplicationBuilder builder)
    {
        if (!string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(Name))) return;
        if (!builder.Environment.IsDevelopment())
        {
            await Console.Error.WriteLineAsync(MissingInProduction);
            Environment.Exit(1);
        }

        var root = Path.Combine(FindRepositoryRoot(builder.Environment.ContentRootPath), ".data", "postgres");
        var postgres = LocalPostgres.Persistent(root);
        try
        {
            await postgres.StartAsync();
        }
        catch (InvalidOperationException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            Environment.Exit(1);
        }
        builder.Configuration[$"ConnectionStrings:{Name}"] = postgres.GetConnectionString("forum_dev");
        await EnsureDatabaseAsync(postgres.GetConnectionString(), "forum_dev");
    }

    private static async Task EnsureDatabaseAsync(string serverConnectionString, string database)
    {
        await using var connection = new Npgsql.NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync();
        await using var exists = new Npgsql.NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync() is null)
        {
            await using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
    }

    /// <summary>The folder holding Forum.sln, so the data lives beside the checkout wherever `dotnet run` starts.</summary>
    private static string FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Forum.sln"))) return dir.FullName;
        return start;
    }
}
