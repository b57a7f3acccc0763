using System.Buffers.Binary;
using System.Data;
using System.Text.Json;
using Npgsql;

namespace Forum.Data.Backups;

/// <summary>
/// Writes the whole forum to an encrypted file: every table in the public schema (posts, names, moderators and their
/// sessions, notices, reports, reactions, progress, the Data Protection key ring), each as PostgreSQL's binary COPY,
/// all read in one REPEATABLE READ snapshot so the file is one moment of the forum even while it takes writes.
/// Through Npgsql rather than pg_dump, so it needs no PostgreSQL programs where the forum runs (its container has none).
/// </summary>
/// <remarks>
/// Contents, inside <see cref="BackupCipher"/>: the JSON <see cref="BackupHeader"/> as one frame, then each table's COPY
/// data as frames ended by an empty one, then an empty frame. A frame is an int32 big-endian length and that many bytes.
/// </remarks>
public sealed class ForumBackup(string connectionString)
{
    internal const int FrameSize = 256 * 1024;
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<BackupHeader> WriteAsync(Stream output, string passphrase, DateTimeOffset takenAt, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        await using (var readOnly = new NpgsqlCommand("SET TRANSACTION READ ONLY", connection, transaction))
            await readOnly.ExecuteNonQueryAsync(cancellationToken);

        var migrations = await MigrationsAsync(connection, transaction, cancellationToken);
        if (migrations.Count == 0)
            throw new BackupRefused("This database holds no forum yet (no migration has run on it), so there is nothing to back up.");
        var tables = new List<BackupTable>();
        foreach (var (name, columns) in await BackupSchema.TablesAsync(connection, transaction, cancellationToken))
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM {BackupSchema.Quote(name)}", connection, transaction) { CommandTimeout = 0 };
            tables.Add(new BackupTable(name, columns, (long)(await count.ExecuteScalarAsync(cancellationToken))!));
        }
        var header = new BackupHeader(BackupHeader.CurrentFormat, takenAt, migrations, tables);

        await using var encrypted = BackupCipher.Encrypting(output, passphrase);
        WriteFrame(encrypted, JsonSerializer.SerializeToUtf8Bytes(header, Json));
        var buffer = new byte[FrameSize];
        foreach (var table in tables)
        {
            await using (var copy = await connection.BeginRawBinaryCopyAsync(
                             $"COPY {BackupSchema.Quote(table.Name)} ({BackupSchema.ColumnList(table.Columns)}) TO STDOUT (FORMAT BINARY)", cancellationToken))
            {
                int read;
                while ((read = await copy.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken)) > 0)
                    WriteFrame(encrypted, buffer.AsSpan(0, read));
            }
            WriteFrame(encrypted, []);
        }
        WriteFrame(encrypted, []);
        encrypted.Finish();
        await transaction.CommitAsync(cancellationToken);
        return header;
    }

    private static void WriteFrame(Stream stream, ReadOnlySpan<byte> bytes)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        stream.Write(length);
        stream.Write(bytes);
    }

    /// <summary>Reads one frame into <paramref name="buffer"/>; its length, 0 for the empty frame that ends a section.</summary>
    internal static async Task<int> ReadFrameAsync(Stream stream, byte[] buffer, CancellationToken cancellationToken)
    {
        var length = new byte[4];
        if (await stream.ReadAtLeastAsync(length, 4, throwOnEndOfStream: false, cancellationToken) < 4) throw Incomplete();
        var size = BinaryPrimitives.ReadInt32BigEndian(length);
        if (size < 0 || size > buffer.Length) throw Incomplete();
        if (await stream.ReadAtLeastAsync(buffer.AsMemory(0, size), size, throwOnEndOfStream: false, cancellationToken) < size) throw Incomplete();
        return size;
    }

    private static BackupRefused Incomplete() => new(BackupCipher.Damaged);

    private static async Task<List<BackupMigration>> MigrationsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var migrations = new List<BackupMigration>();
        await using var command = new NpgsqlCommand(
            "SELECT version, checksum FROM schema_migrations ORDER BY version", connection, transaction);
        try
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                migrations.Add(new BackupMigration(reader.GetString(0), reader.GetString(1)));
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return [];
        }
        return migrations;
    }
}
