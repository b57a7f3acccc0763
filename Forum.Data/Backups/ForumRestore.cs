using System.Text.Json;
using Forum.Data.Migrations;
using Forum.Data.Seeding;
using Npgsql;

namespace Forum.Data.Backups;

/// <summary>
/// Puts a <see cref="ForumBackup"/> file back, all in one transaction: the forum's objects are dropped, the schema is
/// made again by the backup's own migrations, each table is loaded with binary COPY (its triggers off, so counters,
/// search vectors and dates come back exactly as they were written), identity sequences move past the highest id,
/// and the migrations newer than the backup run last. Anything that goes wrong — a wrong passphrase, a changed byte
/// anywhere in the file, a file cut short — rolls it all back, leaving the database as it was.
/// </summary>
public sealed class ForumRestore(string connectionString)
{
    public const string HasPosts =
        "This database already has posts, so the backup was not restored over them. To replace everything in it with the backup, run restore again with --replace.";

    public async Task<BackupHeader> RestoreAsync(Stream input, string passphrase, bool replace, CancellationToken cancellationToken = default)
    {
        await using var contents = await BackupCipher.DecryptingAsync(input, passphrase, cancellationToken);
        var buffer = new byte[ForumBackup.FrameSize];
        var header = ReadHeader(buffer.AsSpan(0, await ForumBackup.ReadFrameAsync(contents, buffer, cancellationToken)));
        var (older, newer) = SplitMigrations(header);

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // The same lock the migration runner takes: a node starting meanwhile waits instead of migrating a half-made schema.
        await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({MigrationRunner.AdvisoryLockKey})", cancellationToken);
        if (!replace && await HasPostsAsync(connection, transaction, cancellationToken)) throw new BackupRefused(HasPosts);

        await DropForumAsync(connection, transaction, cancellationToken);
        await ExecuteAsync(connection, transaction, MigrationRunner.CreateTableSql, cancellationToken);
        foreach (var migration in older) await MigrationRunner.ApplyWithinAsync(connection, transaction, migration, cancellationToken);

        var made = await BackupSchema.TablesAsync(connection, transaction, cancellationToken);
        if (made.Count != header.Tables.Count || made.Any(table => !header.Tables.Any(t => t.Name == table.Name && t.Columns.SequenceEqual(table.Columns))))
            throw new BackupRefused("The tables in this backup differ from the ones its migrations make here, so nothing was restored.");
        // Some migrations write rows of their own (the rooms); the backup's rows are the ones wanted.
        await ExecuteAsync(connection, transaction, "TRUNCATE " + string.Join(", ", made.Select(table => BackupSchema.Quote(table.Name))), cancellationToken);
        foreach (var table in header.Tables) await LoadAsync(connection, transaction, contents, table, buffer, cancellationToken);
        if (await ForumBackup.ReadFrameAsync(contents, buffer, cancellationToken) != 0 || await contents.ReadAsync(buffer, cancellationToken) != 0)
            throw new BackupRefused(BackupCipher.Damaged);

        await ResetSequencesAsync(connection, transaction, cancellationToken);
        foreach (var migration in newer) await MigrationRunner.ApplyWithinAsync(connection, transaction, migration, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return header;
    }

    private static BackupHeader ReadHeader(ReadOnlySpan<byte> json)
    {
        BackupHeader? header;
        try
        {
            header = JsonSerializer.Deserialize<BackupHeader>(json, ForumBackup.Json);
        }
        catch (JsonException)
        {
            header = null;
        }
        if (header is null || header.Migrations is null || header.Tables is null) throw new BackupRefused(BackupCipher.Damaged);
        if (header.Format != BackupHeader.CurrentFormat)
            throw new BackupRefused($"This backup was written in format {header.Format}, which this version of the forum does not read. Restore it with the version that wrote it.");
        return header;
    }

    /// <summary>The migrations that make the backup's schema, and those this version has beyond it (run after the load).</summary>
    private static (List<Migration> Older, List<Migration> Newer) SplitMigrations(BackupHeader header)
    {
        var known = Migration.Embedded();
        foreach (var applied in header.Migrations)
        {
            var here = known.FirstOrDefault(m => m.Version == applied.Version);
            if (here is null)
                throw new BackupRefused($"This backup comes from a newer version of the forum (its schema has migration {applied.Version}, which this version does not know). Restore it with that version or a later one; nothing was restored.");
            if (here.Checksum != applied.Checksum)
                throw new BackupRefused($"Migration {applied.Version} in this backup differs from this version's file of that name, so its schema cannot be made here; nothing was restored.");
        }
        var inBackup = header.Migrations.Select(m => m.Version).ToHashSet(StringComparer.Ordinal);
        return (known.Where(m => inBackup.Contains(m.Version)).ToList(), known.Where(m => !inBackup.Contains(m.Version)).ToList());
    }

    /// <summary>Any reply, or any story other than the seeded community guidelines every new forum starts with.</summary>
    private static async Task<bool> HasPostsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var exists = new NpgsqlCommand("SELECT to_regclass('public.threads') IS NOT NULL AND to_regclass('public.replies') IS NOT NULL", connection, transaction);
        if (!(bool)(await exists.ExecuteScalarAsync(cancellationToken))!) return false;
        await using var command = new NpgsqlCommand("""
            SELECT EXISTS (SELECT 1 FROM replies)
                OR EXISTS (SELECT 1 FROM threads t LEFT JOIN pseudonyms p ON p.id = t.author_id WHERE p.name_key IS DISTINCT FROM @guidelines)
            """, connection, transaction);
        command.Parameters.AddWithValue("guidelines", ForumSeeder.GuidelinesAuthorNameKey);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Everything the migrations made, so they can make it again; objects an extension owns stay.</summary>
    private static async Task DropForumAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var drops = new List<string>();
        await using (var command = new NpgsqlCommand("""
            SELECT kind, name FROM (
            SELECT CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END AS kind,
                   c.oid::regclass::text AS name, CASE c.relkind WHEN 'S' THEN 2 ELSE 1 END AS step
            FROM pg_class c
            WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
            UNION ALL
            SELECT 'ROUTINE', p.oid::regprocedure::text, 3
            FROM pg_proc p
            WHERE p.pronamespace = 'public'::regnamespace
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
            ) objects
            -- Tables first: the sequences behind their identity columns go with them, and IF EXISTS skips those.
            ORDER BY step, name
            """, connection, transaction))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken))
                drops.Add($"DROP {reader.GetString(0)} IF EXISTS {reader.GetString(1)} CASCADE");
        foreach (var drop in drops) await ExecuteAsync(connection, transaction, drop, cancellationToken);
    }

    private static async Task LoadAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Stream contents, BackupTable table, byte[] buffer, CancellationToken cancellationToken)
    {
        var name = BackupSchema.Quote(table.Name);
        await ExecuteAsync(connection, transaction, $"ALTER TABLE {name} DISABLE TRIGGER USER", cancellationToken);
        var copy = await connection.BeginRawBinaryCopyAsync($"COPY {name} ({BackupSchema.ColumnList(table.Columns)}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        try
        {
            int size;
            while ((size = await ForumBackup.ReadFrameAsync(contents, buffer, cancellationToken)) > 0)
                await copy.WriteAsync(buffer.AsMemory(0, size), cancellationToken);
        }
        catch
        {
            await copy.CancelAsync();
            await copy.DisposeAsync();
            throw;
        }
        await copy.DisposeAsync();
        await ExecuteAsync(connection, transaction, $"ALTER TABLE {name} ENABLE TRIGGER USER", cancellationToken);

        await using var count = new NpgsqlCommand($"SELECT count(*) FROM {name}", connection, transaction) { CommandTimeout = 0 };
        if ((long)(await count.ExecuteScalarAsync(cancellationToken))! != table.Rows)
            throw new BackupRefused($"The backup's {table.Name} did not load as many rows as it holds, so nothing was restored.");
    }

    /// <summary>Each identity (or serial) sequence continues after the highest id restored, so new rows don't collide.</summary>
    private static async Task ResetSequencesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var resets = new List<string>();
        await using (var command = new NpgsqlCommand("""
            SELECT s.oid::regclass::text, t.oid::regclass::text, quote_ident(a.attname)
            FROM pg_class s
            JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = s.oid AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
            JOIN pg_class t ON t.oid = d.refobjid
            JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
            WHERE s.relkind = 'S' AND s.relnamespace = 'public'::regnamespace
            """, connection, transaction))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken))
                resets.Add($"SELECT setval('{reader.GetString(0).Replace("'", "''", StringComparison.Ordinal)}', COALESCE((SELECT max({reader.GetString(2)}) FROM {reader.GetString(1)}), 0) + 1, false)");
        foreach (var reset in resets) await ExecuteAsync(connection, transaction, reset, cancellationToken);
    }

    private static Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken) =>
        MigrationRunner.ExecuteAsync(connection, transaction, sql, cancellationToken);
}
