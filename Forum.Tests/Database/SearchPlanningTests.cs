using System.Collections.Concurrent;
using System.Data.Common;
using Forum.Data;
using Forum.Data.Reading.Search;
using Forum.Data.Writing;
using Forum.Web.Startup;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Forum.Tests.Database;

/// <summary>
/// Pooled connections keep one generic plan per statement (DatabasePool.PlanCacheMode). Search's ranking must be
/// planned for its words every time, or a common word can get a rare word's plan; every statement around it is the
/// same whatever the words and should keep its plan.
/// </summary>
[Category("Database")]
public sealed class SearchPlanningTests
{
    [Test]
    public async Task Only_the_ranking_is_planned_for_its_words_and_the_pool_setting_returns_after_it()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        await using (var seed = TestPostgres.CreateContext(connectionString))
        {
            var writer = Pseudonym.Create(PseudonymNameGenerator.Next(), PseudonymSecret.New(), TimeProvider.System.GetUtcNow());
            await new StoryWriter(seed, new MarkdownPostRenderer(), TimeProvider.System, WatchedPhrases.None, Builders.NoRisk)
                .StartStoryAsync("anxiety", "The lighthouse", "Tonight I walked to the lighthouse.", ContentWarningSet.None, writer, CancellationToken.None);
        }

        var pooled = new NpgsqlConnectionStringBuilder(connectionString) { Options = DatabasePool.PlanCacheOption }.ConnectionString;
        var witness = new PlanModeWitness();
        await using var db = new ForumDbContext(new DbContextOptionsBuilder<ForumDbContext>().UseNpgsql(pooled).AddInterceptors(witness).Options);
        await using var transaction = await db.Database.BeginTransactionAsync();

        var results = await new SearchReader(db).SearchAsync(new SearchRequest("lighthouse", null, 1), CancellationToken.None);

        results.Results.Count.ShouldBe(1);
        var modes = witness.Modes.ToList();
        modes.Count.ShouldBe(4, "the words, the ranking, the summaries and the headlines");
        modes[1].ShouldBe(("WITH m AS", "force_custom_plan"));
        modes.Where((_, i) => i != 1).ShouldAllBe(m => m.Mode == DatabasePool.PlanCacheMode);
        (await db.Database.SqlQueryRaw<string>("SELECT current_setting('plan_cache_mode') AS \"Value\"").SingleAsync())
            .ShouldBe(DatabasePool.PlanCacheMode);
    }

    /// <summary>Asks the connection, just before each query runs on it, which plan mode it is under.</summary>
    private sealed class PlanModeWitness : DbCommandInterceptor
    {
        public ConcurrentQueue<(string Start, string Mode)> Modes { get; } = new();

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.StartsWith("SELECT current_setting", StringComparison.Ordinal)) return result;
            await using var ask = command.Connection!.CreateCommand();
            ask.Transaction = command.Transaction;
            ask.CommandText = "SELECT current_setting('plan_cache_mode')";
            Modes.Enqueue((command.CommandText.TrimStart()[..9], (string)(await ask.ExecuteScalarAsync(cancellationToken))!));
            return result;
        }
    }
}
