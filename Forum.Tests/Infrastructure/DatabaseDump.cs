using System.Diagnostics;
using Forum.DevDatabase;
using Npgsql;

namespace Forum.Tests.Infrastructure;

/// <summary>The whole database as pg_dump writes it (schema and every row), to search for what must never be stored.</summary>
public static class DatabaseDump
{
    public static async Task<string> TakeAsync(string connectionString)
    {
        var pgDump = new[] { PostgresBinaries.Find() is { } bin ? Path.Combine(bin, "pg_dump") : null, "/usr/bin/pg_dump" }
            .FirstOrDefault(path => path is not null && File.Exists(path))
            ?? throw new AssertionException("pg_dump was not found; install the PostgreSQL client programs.");
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(pgDump)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { "--host", connection.Host!, "--port", connection.Port.ToString(), "--username", connection.Username!, "--no-password", connection.Database! },
        };
        if (connection.Password is { } password) start.Environment["PGPASSWORD"] = password;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new AssertionException($"pg_dump failed: {await error}");
        return await output;
    }
}
