using Forum.Web.Startup;

namespace Forum.Web.Verbs;

/// <summary>
/// Maintenance commands on the same binary as the site: `dotnet run --project Forum.Web -- migrate`.
/// Each exits with 0 on success and 2 on a usage mistake, with a message saying what to type instead.
/// </summary>
internal static class CommandLineVerbs
{
    private static readonly Dictionary<string, Func<WebApplication, string[], Task<int>>> Verbs = new(StringComparer.Ordinal)
    {
        ["migrate"] = MigrateAsync,
    };

    public static bool IsVerb(string? argument) => argument is not null && Verbs.ContainsKey(argument);

    /// <summary>
    /// A bare word that is not a verb is a typo ("migrat"), not a reason to start the site: say so. Words
    /// after "--" options (such as "--urls http://…") belong to ASP.NET Core and pass through.
    /// </summary>
    public static string? Unknown(string[] args) =>
        args.Length > 0 && !args[0].StartsWith('-') && !args[0].Contains('=') && !IsVerb(args[0])
            ? $"Unknown command \"{args[0]}\". Commands: {string.Join(", ", Verbs.Keys)}. Run without a command to serve the forum."
            : null;

    public static Task<int> RunAsync(WebApplication app, string[] args) => Verbs[args[0]](app, args[1..]);

    private static async Task<int> MigrateAsync(WebApplication app, string[] args)
    {
        if (args.Length > 0)
        {
            await Console.Error.WriteLineAsync("migrate takes no arguments. Usage: dotnet run --project Forum.Web -- migrate");
            return 2;
        }
        await ForumPipeline.MigrateAsync(app.Services);
        Console.WriteLine("The database is up to date.");
        return 0;
    }
}
