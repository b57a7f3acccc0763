using System.Security.Cryptography;
using System.Text;

namespace Forum.Data.Migrations;

/// <summary>One SQL file from migrations/, with the checksum that pins its applied content.</summary>
public sealed record Migration(string Version, string Sql)
{
    /// <summary>Line endings are folded first, so a checkout with CRLF does not look like an edited file.</summary>
    public string Checksum =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql.ReplaceLineEndings("\n"))));

    public static IReadOnlyList<Migration> Embedded()
    {
        var assembly = typeof(Migration).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith("migrations/", StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream, Encoding.UTF8);
                return new Migration(Path.GetFileNameWithoutExtension(name["migrations/".Length..]), reader.ReadToEnd());
            })
            .ToList();
    }
}
