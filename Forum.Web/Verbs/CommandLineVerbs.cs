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
        ["rerender"] = RerenderAsync,
        ["purge"] = PurgeVerb.RunAsync,
        ["backup"] = BackupVerb.BackupAsync,
        ["restore"] = BackupVerb.RestoreAsync,
        ["moderator"] = (app, args) => ModeratorVerb.RunAsync(app.Services, args, Console.In, Console.Out, Console.Error, interactive: !Console.IsInputRedirected),
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

    private static async Task<int> RerenderAsync(WebApplication app, string[] args)
    {
        if (!TryReadBatchSize(args, out var batchSize))
        {
            await Console.Error.WriteLineAsync("Usage: dotnet run --project Forum.Web -- rerender [--batch-size 1-10000]");
            return 2;
        }
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<Rerenderer>().RunAsync(Console.WriteLine, batchSize);
        return 0;
    }

    internal static bool TryReadBatchSize(string[] args, out int batchSize)
    {
        batchSize = Rerenderer.DefaultBatchSize;
        if (args.Length == 0) return true;
        if (args is ["--batch-size", var text] && int.TryParse(text, out var parsed) && parsed is > 0 and <= 10_000)
        {
            batchSize = parsed;
            return true;
        }
        return false;
    }
}
