using Forum.Data;
using Forum.Data.Writing;
using Forum.Domain.Reactions;
using Forum.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Forum.Tests.Database;

/// <summary>
/// How the search vectors are stored and kept. A search walks many stories and reads each one's vector: left to the
/// default, a story row past ~2 KB had its vector (the column that compresses least) moved to the TOAST table first,
/// an extra read per story; with MAIN the text columns leave the row first (migration 0014, figures in
/// docs/BENCHMARKS.md). The vectors are computed by triggers when a post's words are written, and only then
/// (migration 0027): as generated columns they were computed again on every reply to the story. Their indexes keep
/// a short pending list (0029), which every search reads whole.
/// </summary>
[Category("Database")]
public sealed class SearchVectorStorageTests
{
    private readonly FakeTimeProvider _clock = new(Builders.Now);

    [Test]
    public async Task Stories_keep_their_search_vector_in_the_row()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        (await ScalarAsync(connectionString, "SELECT attstorage::text FROM pg_attribute WHERE attrelid = 'threads'::regclass AND attname = 'search_vector'"))
            .ShouldBe("m");
    }

    [Test]
    public async Task The_search_indexes_keep_their_pending_lists_short()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        foreach (var index in new[] { "ix_threads_search_vector", "ix_replies_search_vector" })
            ((string[]?)await ScalarAsync(connectionString, $"SELECT reloptions FROM pg_class WHERE relname = '{index}'"))
                .ShouldBe(["gin_pending_list_limit=256"], $"every search reads {index}'s whole pending list");
    }

    [Test]
    public async Task The_vectors_are_computed_only_when_the_words_they_are_made_of_are_written()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        foreach (var (table, columns) in new[] { ("threads", "title, body_source, language, search_vector"), ("replies", "body_source, language, search_vector") })
        {
            (await ScalarAsync(connectionString, $"SELECT attgenerated::text FROM pg_attribute WHERE attrelid = '{table}'::regclass AND attname = 'search_vector'"))
                .ShouldBe("", $"a generated {table}.search_vector is computed again on every update of the row");
            var trigger = (string?)await ScalarAsync(connectionString,
                $"SELECT pg_get_triggerdef(oid) FROM pg_trigger WHERE tgrelid = '{table}'::regclass AND tgname = 'tr_{table}_search_vector'");
            trigger.ShouldNotBeNull();
            trigger.ShouldContain($"BEFORE INSERT OR UPDATE OF {columns} ON public.{table}");
        }
    }

    [Test]
    public async Task An_edited_story_and_reply_are_found_by_their_new_words_and_no_longer_by_their_old_ones()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        var writer = Pseudonym.Create(PseudonymNameGenerator.Next(), PseudonymSecret.New(), _clock.GetUtcNow());
        var answerer = Pseudonym.Create(PseudonymNameGenerator.Next(), PseudonymSecret.New(), _clock.GetUtcNow());
        long storyId, replyId;
        await using (var db = TestPostgres.CreateContext(connectionString))
        {
            var threads = new StoryWriter(db, new MarkdownPostRenderer(), _clock, WatchedPhrases.None, Builders.NoRisk);
            storyId = (await threads.StartStoryAsync("anxiety", "The lighthouse", "Walking by the harbour helps.", ContentWarningSet.None, writer, CancellationToken.None)).Id;
            replyId = (await threads.AddReplyAsync(storyId, "Seagulls calm me down too.", ContentWarningSet.None, answerer, CancellationToken.None))!.Id;
        }
        (await MatchesAsync(connectionString, "threads", storyId, "harbour")).ShouldBeTrue();
        (await MatchesAsync(connectionString, "replies", replyId, "seagulls")).ShouldBeTrue();

        await using (var db = TestPostgres.CreateContext(connectionString))
        {
            var own = new OwnPostWriter(db, new MarkdownPostRenderer(), _clock, WatchedPhrases.None, Builders.NoRisk);
            (await own.EditAsync(PostKind.Story, storyId, [writer.Id], "The meadow", "Walking through the meadow helps.", ContentWarningSet.None, CancellationToken.None))
                .ShouldBe(OwnPostOutcome.Done);
            (await own.EditAsync(PostKind.Reply, replyId, [answerer.Id], null, "Skylarks calm me down too.", ContentWarningSet.None, CancellationToken.None))
                .ShouldBe(OwnPostOutcome.Done);
        }

        (await MatchesAsync(connectionString, "threads", storyId, "meadow")).ShouldBeTrue("the title and body are new");
        (await MatchesAsync(connectionString, "threads", storyId, "harbour")).ShouldBeFalse();
        (await MatchesAsync(connectionString, "threads", storyId, "lighthouse")).ShouldBeFalse("the old title is gone too");
        (await MatchesAsync(connectionString, "replies", replyId, "skylarks")).ShouldBeTrue();
        (await MatchesAsync(connectionString, "replies", replyId, "seagulls")).ShouldBeFalse();
    }

    [Test]
    public async Task A_vector_written_directly_is_replaced_by_the_one_its_words_make()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        long storyId;
        await using (var db = TestPostgres.CreateContext(connectionString))
            storyId = (await new StoryWriter(db, new MarkdownPostRenderer(), _clock, WatchedPhrases.None, Builders.NoRisk).StartStoryAsync(
                "anxiety", "Nights", "The nights are long.", ContentWarningSet.None,
                Pseudonym.Create(PseudonymNameGenerator.Next(), PseudonymSecret.New(), _clock.GetUtcNow()), CancellationToken.None)).Id;

        await TestPostgres.ExecuteAsync(connectionString, $"UPDATE threads SET search_vector = to_tsvector('english', 'unrelated') WHERE id = {storyId}");

        (await MatchesAsync(connectionString, "threads", storyId, "unrelated")).ShouldBeFalse();
        (await MatchesAsync(connectionString, "threads", storyId, "nights")).ShouldBeTrue();
    }

    private static async Task<bool> MatchesAsync(string connectionString, string table, long id, string word) =>
        (bool)(await ScalarAsync(connectionString, $"SELECT search_vector @@ plainto_tsquery('english', '{word}') FROM {table} WHERE id = {id}"))!;

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
