using System.Text;
using Npgsql;

namespace Forum.Tests.Infrastructure;

/// <summary>
/// Every row of every table, and where every sequence stands, as one string: two snapshots that are equal mean
/// nothing was written in between, not even a row that was inserted and rolled back (it would move a sequence).
/// </summary>
public static class DatabaseSnapshot
{
    /// <summary>
    /// Data Protection's key ring: the app writes its first key whenever it first needs one, which is the app
    /// starting, not anything a person sent. Left out, so a snapshot compares only what requests wrote.
    /// </summary>
    private const string KeyRing = "data_protection_keys";

    public static async Task<string> TakeAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = await ListAsync(connection,
            $"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '{KeyRing}' ORDER BY 1");
        tables.ShouldNotBeEmpty();
        var snapshot = new StringBuilder();
        foreach (var table in tables)
        {
            var rows = await ListAsync(connection, $"SELECT to_jsonb(t)::text AS row FROM \"{table}\" t ORDER BY 1");
            snapshot.Append(table).Append(": ").AppendJoin('\n', rows).Append('\n');
        }
        snapshot.AppendJoin('\n', await ListAsync(connection,
            $"SELECT sequencename || ' ' || coalesce(last_value::text, 'unused') FROM pg_sequences WHERE schemaname = 'public' AND sequencename NOT LIKE '{KeyRing}%' ORDER BY 1"));
        return snapshot.ToString();
    }

    private static async Task<List<string>> ListAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        return rows;
    }
}
