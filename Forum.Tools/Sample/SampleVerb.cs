using Forum.Domain.Rendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Forum.Tools.Sample;

/// <summary>
/// `sample`: fills a Development database with clearly marked sample stories, so a first start shows what the
/// forum looks like in use. It refuses anywhere else, and on a database that holds people's posts, because made-up
/// stories must never sit among real ones. It lives here, not in the site, so none of it ships with the forum.
/// </summary>
internal static class SampleVerb
{
    public const int Refused = 3;

    public const string Usage = "Usage: dotnet run --project Forum.Tools -- sample";

    /// <param name="environmentName">The host's environment, passed in so tests can play Production without running as it.</param>
    public static async Task<int> RunAsync(
        IServiceProvider services, string connectionString, string environmentName, string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length > 0)
        {
            await error.WriteLineAsync("sample takes no arguments. " + Usage);
            return 2;
        }
        // Checked before anything touches the database, migrations included.
        if (!string.Equals(environmentName, Environments.Development, StringComparison.OrdinalIgnoreCase))
        {
            await error.WriteLineAsync(
                $"sample only runs in Development, and this is {environmentName}: sample stories must never sit among real people's. Nothing was written.");
            return Refused;
        }

        await DataServices.MigrateAsync(services, connectionString);
        using var scope = services.CreateScope();
        var forum = new SampleForum(
            scope.ServiceProvider.GetRequiredService<ForumDbContext>(),
            scope.ServiceProvider.GetRequiredService<IPostRenderer>(),
            scope.ServiceProvider.GetRequiredService<TimeProvider>(),
            scope.ServiceProvider.GetRequiredService<Forum.Domain.Safety.Risk.IRiskDetector>());

        var realPosts = await forum.CountRealPostsAsync(CancellationToken.None);
        if (realPosts > 0)
        {
            await error.WriteLineAsync(
                $"This database holds {(realPosts == 1 ? "a post" : $"{realPosts:N0} posts")} written by people, so sample stories would be mixed in with them. Nothing was written. Use an empty development database.");
            return Refused;
        }

        var counts = await forum.FillAsync(SampleStories.All, CancellationToken.None);
        await output.WriteLineAsync(counts.Stories == 0
            ? "The sample stories are already there; nothing was added."
            : $"Added {counts.Stories} sample stories, {counts.Replies} replies and {counts.Reactions} \"this feels familiar\" reactions, " +
              $"written by {SampleWriters.Count} sample writers nobody can sign in as. Each is marked as a sample.");
        return 0;
    }
}
