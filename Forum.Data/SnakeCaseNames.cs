using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Forum.Data;

/// <summary>
/// Names every table, column, key and index in snake_case, the way the SQL migrations spell them. The
/// EFCore.NamingConventions package would do this, but the registry here has no build of it for EF Core 10.
/// </summary>
internal static class SnakeCaseNames
{
    public static void Apply(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            // EF names a table after its DbSet property ("Stories"), so folding that name is enough.
            var table = ToSnakeCase(SchemaWord(entity.GetTableName()!));
            entity.SetTableName(table);
            foreach (var property in entity.GetProperties())
            {
                if (property.GetColumnName() is "xmin") continue; // PostgreSQL's system column, the concurrency token

                property.SetColumnName(ToSnakeCase(SchemaWord(property.Name)));
            }
            foreach (var key in entity.GetKeys())
                key.SetName(key.IsPrimaryKey() ? $"pk_{table}" : $"ak_{table}_{Columns(key.Properties)}");
            foreach (var foreignKey in entity.GetForeignKeys())
                foreignKey.SetConstraintName($"fk_{table}_{Columns(foreignKey.Properties)}");
            // A named index keeps its name: two partial indexes on the same columns need one each.
            foreach (var index in entity.GetIndexes())
                index.SetDatabaseName(index.Name ?? $"ix_{table}_{Columns(index.Properties)}");
        }
    }

    private static string Columns(IEnumerable<IMutableProperty> properties) =>
        string.Join("_", properties.Select(p => ToSnakeCase(SchemaWord(p.Name))));

    /// <summary>
    /// The schema still says "thread" where the code says "story" (docs/GLOSSARY.md): renaming the tables and columns
    /// means rewriting every trigger function that names them, under a rolling deploy. This is the one place that
    /// translates, so nothing else in the code needs the old word.
    /// </summary>
    private static string SchemaWord(string name) => name switch
    {
        "Stories" => "Threads",
        "StoryId" => "ThreadId",
        _ => name,
    };

    internal static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1]))))
                    builder.Append('_');
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
