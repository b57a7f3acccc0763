using Forum.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Forum.Tests.Database;

/// <summary>
/// The SQL files are the schema's source of truth and the EF model must describe the same thing. One database
/// is built from the migrations, another from the models' own create scripts, and their catalogs compared.
/// The search vectors are one named exception: triggers write them and raw SQL reads them
/// (migrations/0027), and a mapped vector would make EF carry it with every post it loads or inserts. The search
/// synonyms are the other: only the database's search_query reads them (migrations/0036).
/// </summary>
[Category("Database")]
public sealed class ModelMatchesSchemaTests
{
    private const string Columns = """
        SELECT table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '')
               || CASE WHEN is_nullable = 'YES' THEN ' null' ELSE ' not null' END || CASE WHEN is_identity = 'YES' THEN ' identity' ELSE '' END
        FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> 'schema_migrations' AND table_name NOT LIKE 'search_synonym%' AND column_name <> 'search_vector'
        ORDER BY 1
        """;

    private const string Constraints = """
        SELECT tc.table_name || ' ' || tc.constraint_type || ' ' || tc.constraint_name || ' ' || coalesce(rc.delete_rule, '')
        FROM information_schema.table_constraints tc
        LEFT JOIN information_schema.referential_constraints rc ON rc.constraint_name = tc.constraint_name
        WHERE tc.table_schema = 'public' AND tc.constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY') AND tc.table_name <> 'schema_migrations' AND tc.table_name <> 'search_synonyms'
        ORDER BY 1
        """;

    private const string Indexes = """
        SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT IN ('schema_migrations', 'search_synonyms', 'search_synonym_rules') AND indexname NOT LIKE '%search_vector' ORDER BY 1
        """;

    [Test]
    public async Task The_ef_model_and_the_migrated_schema_agree()
    {
        var migrated = await TestPostgres.CreateDatabaseAsync();
        var fromModel = await TestPostgres.CreateEmptyDatabaseAsync();
        await using (var db = TestPostgres.CreateContext(fromModel))
            await db.Database.ExecuteSqlRawAsync(db.Database.GenerateCreateScript());
        // The Data Protection key ring has its own context (Forum.Data knows no ASP.NET Core), and the same schema.
        await using (var keys = new DataProtectionKeysDbContext(
                         new DbContextOptionsBuilder<DataProtectionKeysDbContext>().UseNpgsql(fromModel).Options))
            await keys.Database.ExecuteSqlRawAsync(keys.Database.GenerateCreateScript());

        foreach (var query in new[] { Columns, Constraints, Indexes })
        {
            var expected = await ListAsync(migrated, query);
            expected.ShouldNotBeEmpty();
            (await ListAsync(fromModel, query)).ShouldBe(expected);
        }
    }

    private static async Task<List<string>> ListAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        return rows;
    }
}
