using Microsoft.Extensions.Configuration;
using Forum.Data;
using Forum.Domain.Moderation;
using Forum.Domain.Rendering;
using Forum.DevDatabase;
using Forum.Tools.Sample;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Forum.Tools;

/// <summary>
/// Tools for developers and benchmarks, kept out of the site's assemblies:
/// `dotnet run --project Forum.Tools -- sample` (marked sample stories for a Development database) and
/// `dotnet run --project Forum.Tools -c Release -- generate …` (benchmark filler for a database of its own) and
/// `dotnet run --project Forum.Tools -- train-risk` (the risk classifier's weights, from the tuning posts only) and
/// `dotnet run --project Forum.Tools -- stop-database` (the private development PostgreSQL, when something left it running).
/// </summary>
internal static class ToolsProgram
{
    private static readonly string Usage = SampleVerb.Usage + Environment.NewLine + Environment.NewLine + GenerateArguments.Usage
        + Environment.NewLine + Environment.NewLine + "dotnet run --project Forum.Tools -- stop-database   stops the private development PostgreSQL";

    public static async Task<int> Main(string[] args)
    {
        if (args is ["stop-database"]) return await StopDatabaseAsync();
        if (args is ["train-risk", "--experiment"]) return RiskExperiment.Run();
        if (args is ["train-risk", "--timing"]) return RiskExperiment.Timing();
        if (args is ["train-risk", "--languages", .. var languageOptions]) return RiskLanguageTuning.Run(languageOptions);
        if (args is ["train-risk", "--probe", .. var probes]) return RiskExperiment.Probe(probes);
        if (args is ["train-risk", .. var riskOptions]) return RiskTraining.Run(riskOptions);
        GenerateArguments? generate = null;
        switch (args)
        {
            case ["sample", ..]:
                break;
            case ["generate", .. var options]:
                if (!GenerateArguments.TryParse(options, out generate, out var problem))
                {
                    await Console.Error.WriteLineAsync(problem + Environment.NewLine + Environment.NewLine + GenerateArguments.Usage);
                    return 2;
                }
                break;
            default:
                await Console.Error.WriteLineAsync(Usage);
                return 2;
        }

        var builder = Host.CreateApplicationBuilder();
        // EF Core writes every statement at Information; the sample alone runs some 1,500 of them.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        var connectionString = builder.Configuration.GetConnectionString("Forum");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            try
            {
                connectionString = await DevelopmentDatabase.StartAsync(Directory.GetCurrentDirectory());
            }
            catch (InvalidOperationException e)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return 1;
            }
        }
        using var dataSource = Npgsql.NpgsqlDataSource.Create(connectionString);
        builder.Services.AddForumData(_ => dataSource)
            .AddSingleton(TimeProvider.System)
            .AddSingleton<IPostRenderer, MarkdownPostRenderer>()
            .AddSingleton(WatchedPhrases.None)
            // Sample stories are read by the same patterns as real ones, so the queue and /waiting have something to show.
            .AddSingleton<Forum.Domain.Safety.Risk.IRiskDetector>(new Forum.Domain.Safety.Risk.RiskDetector([], useModel: false))
            .AddScoped<BenchmarkDataGenerator>();
        using var host = builder.Build();

        if (generate is null)
            return await SampleVerb.RunAsync(host.Services, connectionString, builder.Environment.EnvironmentName, args[1..], Console.Out, Console.Error);
        return await GenerateAsync(host.Services, connectionString, generate);
    }

    /// <summary>The site stops the cluster it started; this stops one that `sample`, a verb or a killed site left running.</summary>
    private static async Task<int> StopDatabaseAsync()
    {
        try
        {
            Console.WriteLine(await DevelopmentDatabase.StopAsync(Directory.GetCurrentDirectory())
                ? "The development database has stopped."
                : "The development database was not running.");
            return 0;
        }
        catch (InvalidOperationException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
    }

    private static async Task<int> GenerateAsync(IServiceProvider services, string connectionString, GenerateArguments parsed)
    {
        await DataServices.MigrateAsync(services, connectionString);
        using var scope = services.CreateScope();
        var generator = scope.ServiceProvider.GetRequiredService<BenchmarkDataGenerator>();
        var others = await generator.CountOtherPostsAsync(CancellationToken.None);
        if (others > 0 && !parsed.Force)
        {
            await Console.Error.WriteLineAsync(
                $"This database already holds {others:N0} posts that generate did not write, so it looks like a real forum. " +
                "Generated filler belongs in a benchmark database only. Point ConnectionStrings__Forum at an empty database, or add --force if you are sure.");
            return 3;
        }
        Console.WriteLine($"Generating {parsed.Stories:N0} threads with {parsed.RepliesPerStory:N0} replies each{(parsed.Room is null ? "" : $" in {parsed.Room}")} (benchmark filler, not real stories).");
        try
        {
            await generator.RunAsync(parsed.Stories, parsed.RepliesPerStory, parsed.Seed, Console.WriteLine, roomSlug: parsed.Room);
        }
        catch (InvalidOperationException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }
        Console.WriteLine("Done.");
        return 0;
    }
}
