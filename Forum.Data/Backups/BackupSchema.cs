using Npgsql;

namespace Forum.Data.Backups;

/// <summary>One table as a backup holds it: the columns written (generated ones are computed again) and its row count.</summary>
public sealed record BackupTable(string Name, string[] Columns, long Rows);

public sealed record BackupMigration(string Version, string Checksum);

/// <summary>The clear-text start of a backup's contents (inside the encryption): what schema it is from and what it holds.</summary>
public sealed record BackupHeader(int Format, DateTimeOffset TakenAt, IReadOnlyList<BackupMigration> Migrations, IReadOnlyList<BackupTable> Tables)
{
    public const int CurrentFormat = 1;
}

/// <summary>
/// The forum's tables as the catalog describes them, read rather than listed by hand, so a table a migration adds is in
/// the next backup without anyone remembering to add it. Parents come before the tables that refer to them.
/// </summary>
internal static class BackupSchema
{
    public static async Task<List<(string Name, string[] Columns)>> TablesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var columns = new Dictionary<string, string[]>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand("""
            SELECT c.relname, array_agg(a.attname::text ORDER BY a.attnum)
            FROM pg_class c
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
            WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND c.relname <> 'schema_migrations'
            GROUP BY c.relname
            """, connection, transaction))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken))
                columns[reader.GetString(0)] = reader.GetFieldValue<string[]>(1);

        var parents = columns.Keys.ToDictionary(name => name, _ => new SortedSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand("""
            SELECT child.relname, parent.relname
            FROM pg_constraint f
            JOIN pg_class child ON child.oid = f.conrelid
            JOIN pg_class parent ON parent.oid = f.confrelid
            WHERE f.contype = 'f' AND f.connamespace = 'public'::regnamespace AND f.conrelid <> f.confrelid
            """, connection, transaction))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken))
                if (parents.TryGetValue(reader.GetString(0), out var set) && columns.ContainsKey(reader.GetString(1)))
                    set.Add(reader.GetString(1));

        var ordered = new List<(string, string[])>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        while (placed.Count < columns.Count)
        {
            var ready = columns.Keys.Where(name => !placed.Contains(name) && parents[name].All(placed.Contains)).Order(StringComparer.Ordinal).FirstOrDefault()
                        ?? throw new InvalidOperationException("The forum's tables refer to each other in a circle, which a backup cannot order.");
            ordered.Add((ready, columns[ready]));
            placed.Add(ready);
        }
        return ordered;
    }

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static string ColumnList(string[] columns) => string.Join(", ", columns.Select(Quote));
}
