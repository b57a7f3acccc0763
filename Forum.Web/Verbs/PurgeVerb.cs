using Forum.Web.Retention;

namespace Forum.Web.Verbs;

/// <summary>`purge`: deletes removed content older than Retention:RemovedContentDays now, as the background service does.</summary>
internal static class PurgeVerb
{
    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args.Length > 0)
        {
            await Console.Error.WriteLineAsync("purge takes no arguments; the window is Retention:RemovedContentDays. Usage: dotnet run --project Forum.Web -- purge");
            return 2;
        }
        var counts = await RunAsync(app.Services);
        Console.WriteLine($"Deleted {counts.Stories} removed stories, {counts.Replies} removed replies, {counts.Reports} resolved reports and {counts.ReadNotices} read notices.");
        return 0;
    }

    public static async Task<PurgeCounts> RunAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var window = scope.ServiceProvider.GetRequiredService<IOptions<RetentionSettings>>().Value.Window;
        return await scope.ServiceProvider.GetRequiredService<RetentionPurge>().RunAsync(window, CancellationToken.None);
    }
}
