using Microsoft.Extensions.Configuration;
using Forum.Data;
using Forum.Domain.Moderation;
using Forum.Domain.Rendering;
using Forum.DevDatabase;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Forum.Tools;

/// <summary>`dotnet run --project Forum.Tools -c Release -- generate …`: benchmark filler for a database of its own; `train-risk`: the risk classifier.</summary>
internal static class ToolsProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["train-risk", .. var riskOptions]) return RiskTraining.Run(riskOptions);
        if (args is not ["generate", .. var options])
        {
            await Console.Error.WriteLineAsync(GenerateArguments.Usage);
            return 2;
        }
        if (!GenerateArguments.TryParse(options, out var parsed, out var problem))
        {
            await Console.Error.WriteLineAsync(problem + Environment.NewLine + Environment.NewLine + GenerateArguments.Usage);
            return 2;
        }

        var builder = Host.CreateApplicationBuilder();
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
            .AddScoped<BenchmarkDataGenerator>();
        using var host = builder.Build();

        await DataServices.MigrateAsync(host.Services, connectionString);
        using var scope = host.Services.CreateScope();
        var generator = scope.ServiceProvider.GetRequiredService<BenchmarkDataGenerator>();
        var others = await generator.CountOtherPostsAsync(CancellationToken.None);
        if (others > 0 && !parsed!.Force)
        {
            await Console.Error.WriteLineAsync(
                $"This database already holds {others:N0} posts that generate did not write, so it looks like a real forum. " +
                "Generated filler belongs in a benchmark database only. Point ConnectionStrings__Forum at an empty database, or add --force if you are sure.");
            return 3;
        }
        Console.WriteLine($"Generating {parsed!.Stories:N0} threads with {parsed.RepliesPerStory:N0} replies each{(parsed.Room is null ? "" : $" in {parsed.Room}")} (benchmark filler, not real stories).");
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
