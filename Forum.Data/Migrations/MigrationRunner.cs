using Microsoft.Extensions.Logging;
using Npgsql;

namespace Forum.Data.Migrations;

/// <summary>
/// Applies the SQL files in migrations/ in order: one transaction per file, a checksum per applied file (an
/// edited file that already ran is an error, never a silent skip), and an advisory lock so that several web
/// nodes starting at once apply each file exactly once.
/// </summary>
public sealed class MigrationRunner(string connectionString, ILogger logger)
{
    // Any fixed number will do; it only has to be the same on every node.
    internal const long AdvisoryLockKey = 0x466F72756D; // "Forum"

    internal const string CreateTableSql = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version    text        PRIMARY KEY,
            checksum   text        NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now())
        """;

    public async Task<IReadOnlyList<string>> MigrateAsync(IReadOnlyList<Migration> migrations, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({AdvisoryLockKey})", cancellationToken);
        try
        {
            await ExecuteAsync(connection, null, CreateTableSql, cancellationToken);
            var applied = await AppliedAsync(connection, cancellationToken);
            var newlyApplied = new List<string>();
            foreach (var migration in migrations)
            {
                if (applied.TryGetValue(migration.Version, out var checksum))
                {
                    if (checksum != migration.Checksum)
                        throw new InvalidOperationException(
                            $"Migration {migration.Version} was changed after it was applied. Add a new migration file instead of editing an applied one.");
                    continue;
                }
                await ApplyAsync(connection, migration, cancellationToken);
                newlyApplied.Add(migration.Version);
                logger.AppliedMigration(migration.Version);
            }
            return newlyApplied;
        }
        finally
        {
            await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
        }
    }

    private static async Task ApplyAsync(NpgsqlConnection connection, Migration migration, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ApplyWithinAsync(connection, transaction, migration, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Runs one file and records it inside a transaction the caller owns (a restore applies several in its one).</summary>
    internal static async Task ApplyWithinAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Migration migration, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
        await using (var record = new NpgsqlCommand(
                         "INSERT INTO schema_migrations (version, checksum) VALUES (@version, @checksum)", connection, transaction))
        {
            record.Parameters.AddWithValue("version", migration.Version);
            record.Parameters.AddWithValue("checksum", migration.Checksum);
            await record.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task<Dictionary<string, string>> AppliedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var applied = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand("SELECT version, checksum FROM schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            applied[reader.GetString(0)] = reader.GetString(1);
        return applied;
    }

    internal static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        // No timeout: a migration rewriting a large table (0014 on a million posts) takes as long as it takes, and a
        // node waiting on the advisory lock waits for it. Giving up halfway only rolls back and starts again next time.
        await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
