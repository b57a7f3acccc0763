using Npgsql;

namespace Forum.DevDatabase;

/// <summary>
/// The database `dotnet run` uses when none is configured: a private cluster under .data/postgres beside the
/// checkout (started, or reused when it already runs), holding one database. Shared by the web app's Development
/// start and the tools, so both find the same data.
/// </summary>
public static class DevelopmentDatabase
{
    public const string Name = "forum_dev";

    /// <param name="startFolder">Any folder inside the checkout; the cluster lives beside Forum.sln.</param>
    /// <returns>The connection string of the development database.</returns>
    /// <exception cref="InvalidOperationException">PostgreSQL's programs are missing; the message says how to get them.</exception>
    public static async Task<string> StartAsync(string startFolder) => (await StartOwnedAsync(startFolder)).ConnectionString;

    /// <returns>The connection string, and the cluster itself when this call started it (so its starter may stop it), or null when it was already running.</returns>
    /// <exception cref="InvalidOperationException">PostgreSQL's programs are missing; the message says how to get them.</exception>
    public static async Task<(string ConnectionString, LocalPostgres? StartedHere)> StartOwnedAsync(string startFolder)
    {
        var postgres = Cluster(startFolder);
        var started = await postgres.StartAsync();
        await EnsureDatabaseAsync(postgres.GetConnectionString(), Name);
        return (postgres.GetConnectionString(Name), started ? postgres : null);
    }

    /// <summary>Stops the private cluster, whoever started it; false when it was not running.</summary>
    /// <exception cref="InvalidOperationException">PostgreSQL's programs are missing, or pg_ctl failed.</exception>
    public static Task<bool> StopAsync(string startFolder) => Cluster(startFolder).StopIfRunningAsync();

    private static LocalPostgres Cluster(string startFolder) =>
        LocalPostgres.Persistent(Path.Combine(FindRepositoryRoot(startFolder), ".data", "postgres"));

    private static async Task EnsureDatabaseAsync(string serverConnectionString, string database)
    {
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync() is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
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
