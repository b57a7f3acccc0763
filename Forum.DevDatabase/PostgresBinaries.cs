namespace Forum.DevDatabase;

/// <summary>Finds the machine's PostgreSQL server programs, or says plainly how to get them.</summary>
public static class PostgresBinaries
{
    public const string MissingMessage =
        "PostgreSQL's server programs (initdb, pg_ctl) were not found. Install them (Debian/Ubuntu: `sudo apt install postgresql`), " +
        "set FORUM_PG_BIN to their folder, point ConnectionStrings__Forum at an existing server, or run `docker compose up`.";

    public static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("FORUM_PG_BIN");
        if (!string.IsNullOrEmpty(configured))
            return File.Exists(Path.Combine(configured, "initdb")) ? configured : null;

        // Debian and Ubuntu keep each major version apart and leave these programs off the PATH.
        const string debianRoot = "/usr/lib/postgresql";
        if (Directory.Exists(debianRoot))
        {
            var newest = Directory.GetDirectories(debianRoot)
                .Select(dir => Path.Combine(dir, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var v) ? v : 0)
                .FirstOrDefault();
            if (newest is not null) return newest;
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(dir => File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")));
    }
}
