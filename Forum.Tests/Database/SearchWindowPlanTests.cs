using System.Data.Common;
using System.Text.Json;
using Forum.Data;
using Forum.Data.Reading.Search;
using Forum.Data.Writing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Forum.Tests.Database;

/// <summary>
/// A common word's search costs the same however many posts without it were written since (issue 32 item 4). On a
/// live forum the newest posts are the ones a search meets first: walking the primary key backwards to the newest
/// matches read every one of them, and after ~19,400 new replies without "feel" that walk was 71 of a search's
/// 117 ms. Not a timed test: the buffers the ranking statement reads, from its own EXPLAIN (ANALYZE, BUFFERS), with
/// one and with five times as many fresh replies without the word.
/// </summary>
[Category("Database")]
public sealed class SearchWindowPlanTests
{
    private const int Window = 200;
    private const int Fresh = 2_000;

    [Test]
    public async Task A_common_words_search_reads_no_more_for_the_replies_written_since_without_it()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        long storyId;
        await using (var seed = TestPostgres.CreateContext(connectionString))
            storyId = (await new StoryWriter(seed, new MarkdownPostRenderer(), TimeProvider.System, WatchedPhrases.None, Builders.NoRisk).StartStoryAsync(
                "anxiety", "The harbour", "Boats come and go.", ContentWarningSet.None,
                Pseudonym.Create(PseudonymNameGenerator.Next(), PseudonymSecret.New(), TimeProvider.System.GetUtcNow()), CancellationToken.None)).Id;
        // 6,000 replies of a forum's usual length, every other one with the word: common, many windows' worth.
        await InsertRepliesAsync(connectionString, storyId, 6_000, "CASE WHEN g % 2 = 0 THEN 'Some days I feel the tide pulling me under. ' ELSE '' END");

        await InsertRepliesAsync(connectionString, storyId, Fresh, "''");
        var once = await RankingBuffersAsync(connectionString);
        await InsertRepliesAsync(connectionString, storyId, 4 * Fresh, "''");
        var fiveTimes = await RankingBuffersAsync(connectionString);

        await TestContext.Out.WriteLineAsync($"ranking read {once.Buffers} buffers after {Fresh} fresh replies, {fiveTimes.Buffers} after {5 * Fresh}");
        once.Matched.ShouldBe(Window, "the window is full either way");
        fiveTimes.Matched.ShouldBe(Window);
        ((double)fiveTimes.Buffers / once.Buffers).ShouldBeLessThan(1.5,
            $"{once.Buffers} buffers after {Fresh} replies without the word, {fiveTimes.Buffers} after {5 * Fresh}: the search reads the posts it passes");
    }

    private static async Task InsertRepliesAsync(string connectionString, long storyId, int count, string word)
    {
        await TestPostgres.ExecuteAsync(connectionString, $"""
            INSERT INTO replies (thread_id, body_source, body_html, render_version, created_at)
            SELECT {storyId}, b, '<p>' || b || '</p>', 1, now()
            FROM generate_series(1, {count}) g,
                 LATERAL (SELECT {word} || repeat('Tide tables, harbour walls and the boats that wait there. ', 8) || g AS b) body
            """);
        // Both measurements start alike: statistics current, the index's pending list merged.
        await TestPostgres.ExecuteAsync(connectionString, "VACUUM ANALYZE replies");
    }

    private static async Task<(int Matched, long Buffers)> RankingBuffersAsync(string connectionString)
    {
        var explain = new RankingExplain();
        await using var db = new ForumDbContext(new DbContextOptionsBuilder<ForumDbContext>().UseNpgsql(connectionString).AddInterceptors(explain).Options);
        await using var transaction = await db.Database.BeginTransactionAsync();
        await new SearchReader(db).SearchAsync(new SearchRequest("feel", null, 1, MatchesRanked: Window), CancellationToken.None);
        explain.Plan.ShouldNotBeNull("the ranking statement ran");
        var plan = explain.Plan.RootElement[0].GetProperty("Plan");
        return (Matched(plan), plan.GetProperty("Shared Hit Blocks").GetInt64() + plan.GetProperty("Shared Read Blocks").GetInt64());
    }

    /// <summary>The replies in the window: the second half of the window's CTE.</summary>
    private static int Matched(JsonElement plan) =>
        plan.TryGetProperty("Subplan Name", out var name) && name.GetString() == "CTE m"
            ? plan.GetProperty("Plans")[1].GetProperty("Actual Rows").GetInt32()
            : plan.TryGetProperty("Plans", out var children) ? children.EnumerateArray().Sum(Matched) : 0;

    /// <summary>Runs EXPLAIN (ANALYZE, BUFFERS) of the ranking statement, with its own words and bounds, just before it runs.</summary>
    private sealed class RankingExplain : DbCommandInterceptor
    {
        public JsonDocument? Plan { get; private set; }

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (!command.CommandText.TrimStart().StartsWith("WITH m AS", StringComparison.Ordinal)) return result;
            await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + command.CommandText, (NpgsqlConnection)command.Connection!,
                (NpgsqlTransaction?)command.Transaction);
            foreach (NpgsqlParameter parameter in command.Parameters) explain.Parameters.Add(parameter.Clone());
            Plan = JsonDocument.Parse((string)(await explain.ExecuteScalarAsync(cancellationToken))!);
            return result;
        }
    }
}
