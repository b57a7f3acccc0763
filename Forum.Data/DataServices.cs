using Forum.Data.Migrations;
using Forum.Data.Moderation;
using Forum.Data.Reading;
using Forum.Data.Reading.Feeds;
using Forum.Data.Reading.Search;
using Forum.Data.Replication;
using Forum.Data.Rooms;
using Forum.Data.Seeding;
using Forum.Data.Writing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Forum.Data;

/// <summary>
/// The data layer composes itself: the web app and the tools each call <see cref="AddForumData"/> once, and a new
/// reader or writer is registered here beside its siblings. Each is scoped, like the DbContext it works through.
/// </summary>
public static class DataServices
{
    /// <remarks>Expects an IPostRenderer, a TimeProvider, WatchedPhrases and an IRiskDetector from the caller: the domain's choices, not the database's.</remarks>
    /// <param name="dataSource">Where connections come from: the caller owns the pool, its size and its lifetime.</param>
    /// <param name="replica">Where the readers may read instead (a standby), or a replica that is not configured.</param>
    public static IServiceCollection AddForumData(this IServiceCollection services, Func<IServiceProvider, NpgsqlDataSource> dataSource,
        Func<IServiceProvider, ReadReplica>? replica = null)
    {
        services.AddDbContextPool<ForumDbContext>((provider, options) => options.UseNpgsql(dataSource(provider))
            // Each of these failures reaches the caller as an exception, which the site logs once (a fault) or counts
            // (a database that is away): EF's own copy of it, stack and all, would only repeat it per statement.
            .ConfigureWarnings(warnings => warnings.Ignore(
                RelationalEventId.ConnectionError, RelationalEventId.CommandError, CoreEventId.QueryIterationFailed, CoreEventId.SaveChangesFailed)));
        services.AddSingleton(replica ?? (provider => new ReadReplica(dataSource(provider), readFromStandby: false, provider.GetRequiredService<ILoggerFactory>())));
        services.AddScoped<ReadRoute>();
        services.AddScoped<ReadContext>();

        // The pages' readers work through the read context, so a standby can answer them; everything else writes, or
        // reads what it is about to write, and stays on the primary.
        AddReader<ForumReader>(services);
        AddReader<SearchReader>(services);
        AddReader<FeedReader>(services);
        AddReader<MeReader>(services);
        AddReader<ProgressReader>(services);
        AddReader<PseudonymExport>(services);

        services.AddScoped<StoryWriter>();
        services.AddScoped<FollowWriter>();
        services.AddScoped<OwnPostWriter>();
        services.AddScoped<ReactionWriter>();
        services.AddScoped<PseudonymWriter>();
        services.AddScoped<ProgressWriter>();
        services.AddScoped<Rerenderer>();
        services.AddScoped<ForumSeeder>();

        services.AddScoped<ModerationReader>();
        services.AddScoped<ModerationWriter>();
        services.AddScoped<ModerationLogReader>();
        services.AddScoped<ReportWriter>();
        services.AddScoped<RoomAdministration>();
        services.AddScoped<RetentionPurge>();
        return services;
    }

    private static void AddReader<TReader>(IServiceCollection services) where TReader : class =>
        services.AddScoped(provider => ActivatorUtilities.CreateInstance<TReader>(provider, provider.GetRequiredService<ReadContext>().Db));

    /// <summary>Applies the migrations, re-folds name keys when a migration asks for it, and puts the rooms and guidelines in place.</summary>
    /// <param name="connectionString">Given, not read from the DbContext: a data source does not hand out its password.</param>
    public static async Task MigrateAsync(IServiceProvider services, string connectionString)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ForumDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("Forum.Migrations");
        var applied = await new MigrationRunner(connectionString, logger).MigrateAsync(Migration.Embedded());
        if (applied.Contains(PseudonymNameKeys.ChangedByMigration))
            logger.RefoldedNameKeys(await PseudonymNameKeys.RefreshAsync(db));
        await scope.ServiceProvider.GetRequiredService<ForumSeeder>().SeedAsync();
    }
}
