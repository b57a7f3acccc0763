using Forum.Tests.Infrastructure;
using Npgsql;

namespace Forum.Tests.Database;

/// <summary>
/// A search walks many stories and reads each one's search vector. Left to the default, a story row past ~2 KB had
/// its vector (the column that compresses least) moved to the TOAST table first, an extra read per story; with MAIN
/// the text columns leave the row first (migration 0014, figures in docs/BENCHMARKS.md).
/// </summary>
[Category("Database")]
public sealed class SearchVectorStorageTests
{
    [Test]
    public async Task Stories_keep_their_search_vector_in_the_row()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT attstorage::text FROM pg_attribute WHERE attrelid = 'threads'::regclass AND attname = 'search_vector'", connection);
        Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo("m"));
    }
}
