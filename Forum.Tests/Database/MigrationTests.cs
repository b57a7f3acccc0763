using Forum.Data.Migrations;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Forum.Tests.Database;

[Category("Database")]
public sealed class MigrationTests
{
    [Test]
    public async Task Applying_twice_applies_each_file_once()
    {
        var connectionString = await TestPostgres.CreateEmptyDatabaseAsync();
        var runner = new MigrationRunner(connectionString, NullLogger.Instance);

        var first = await runner.MigrateAsync(Migration.Embedded());
        var second = await runner.MigrateAsync(Migration.Embedded());

        first.ShouldBe(Migration.Embedded().Select(m => m.Version).ToList());
        second.ShouldBeEmpty();
        (await ScalarAsync<long>(connectionString, "SELECT count(*) FROM schema_migrations")).ShouldBe(first.Count);
    }

    [Test]
    public async Task Several_nodes_starting_at_once_apply_each_file_exactly_once()
    {
        var connectionString = await TestPostgres.CreateEmptyDatabaseAsync();

        var runs = await Task.WhenAll(Enumerable.Range(0, 6)
            .Select(_ => Task.Run(() => new MigrationRunner(connectionString, NullLogger.Instance).MigrateAsync(Migration.Embedded()))));

        runs.Sum(applied => applied.Count).ShouldBe(Migration.Embedded().Count);
        (await ScalarAsync<long>(connectionString, "SELECT count(*) FROM rooms")).ShouldBe(7);
    }

    [Test]
    public async Task An_applied_file_that_was_edited_is_an_error_not_a_silent_skip()
    {
        var connectionString = await TestPostgres.CreateEmptyDatabaseAsync();
        var runner = new MigrationRunner(connectionString, NullLogger.Instance);
        await runner.MigrateAsync(Migration.Embedded());

        var edited = Migration.Embedded().Select((m, i) => i == 0 ? m with { Sql = m.Sql + "\n-- edited" } : m).ToList();

        var error = await Should.ThrowAsync<InvalidOperationException>(() => runner.MigrateAsync(edited));
        error.Message.ShouldContain(edited[0].Version);
    }

    [Test]
    public async Task A_file_that_runs_longer_than_the_command_timeout_still_applies()
    {
        // The bench database's 0014 rewrote a million posts and outlived Npgsql's 30 s default, so the app would not start.
        var connectionString = new NpgsqlConnectionStringBuilder(await TestPostgres.CreateEmptyDatabaseAsync()) { CommandTimeout = 1 }.ConnectionString;
        var slow = new Migration("0001_slow", "SELECT pg_sleep(2); CREATE TABLE after_the_wait (id int);");

        var applied = await new MigrationRunner(connectionString, NullLogger.Instance).MigrateAsync([slow]);

        applied.ShouldBe(["0001_slow"]);
        (await ScalarAsync<long>(connectionString, "SELECT count(*) FROM pg_tables WHERE tablename = 'after_the_wait'")).ShouldBe(1);
    }

    [Test]
    public async Task A_failing_file_leaves_nothing_of_itself_behind()
    {
        var connectionString = await TestPostgres.CreateEmptyDatabaseAsync();
        var runner = new MigrationRunner(connectionString, NullLogger.Instance);
        var broken = new Migration("0001_broken", "CREATE TABLE half_written (id int); SELECT * FROM no_such_table;");

        await Should.ThrowAsync<PostgresException>(() => runner.MigrateAsync([broken]));

        (await ScalarAsync<long>(connectionString, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'half_written'")).ShouldBe(0);
        (await ScalarAsync<long>(connectionString, "SELECT count(*) FROM schema_migrations")).ShouldBe(0);
    }

    [Test]
    public void Checksums_ignore_line_endings() =>
        new Migration("v", "a\r\nb\r\n").Checksum.ShouldBe(new Migration("v", "a\nb\n").Checksum);

    internal static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
