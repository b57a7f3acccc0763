using System.Data.Common;
using System.Text.Json;
using Forum.Data;
using Forum.Data.Reading;
using Forum.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Forum.Tests.Database;

/// <summary>
/// Pages deep in a room, or deep in a story's replies, cost what the first page costs (issue 16): PostgreSQL seeks
/// the index to the cursor and reads one page of rows, instead of reading every row before it and filtering them
/// out. Checked on the plan of the very statements the reader sends (EXPLAIN ANALYZE), never on a time.
/// </summary>
[Category("Database")]
public sealed class KeysetPlanTests
{
    private const int Stories = 4_000;
    private const int Replies = 40_000;
    private string _connectionString = "";
    private long _longStory;

    [OneTimeSetUp]
    public async Task FillOneRoom()
    {
        _connectionString = await TestPostgres.CreateDatabaseAsync();
        // Thousands of stories in one room and as many in another, a few pinned and a few deleted by their writers
        // scattered among them (rows a room's page must not list, so an index that held them would need a filter);
        // replies spread over the stories, one in a hundred of them (400) to one story, interleaved with the rest as
        // they would be. ANALYZE, so the planner knows the sizes as it would in use.
        await TestPostgres.ExecuteAsync(_connectionString, $"""
            INSERT INTO threads (room_id, title, slug, body_source, body_html, render_version, created_at, last_activity_at, is_pinned, deleted_at)
            SELECT r.id, 'Story ' || n, 'story-' || n, 'Words.', '<p>Words.</p>', 1,
                   timestamptz '2026-01-01' + n * interval '1 minute', timestamptz '2026-01-01' + n * interval '1 minute',
                   n % 500 = 7, CASE WHEN n % 300 = 11 THEN timestamptz '2026-06-01' END
            FROM rooms r, generate_series(1, {Stories}) n WHERE r.slug IN ('anxiety', 'depression');
            INSERT INTO replies (thread_id, body_source, body_html, render_version, created_at)
            SELECT CASE WHEN n % 100 = 0 THEN (SELECT max(id) FROM threads) ELSE (SELECT min(id) FROM threads) + n % 8000 END,
                   'Me too.', '<p>Me too.</p>', 1, timestamptz '2026-03-01' + n * interval '1 second'
            FROM generate_series(1, {Replies}) n;
            ANALYZE threads; ANALYZE replies;
            """);
        await using var db = TestPostgres.CreateContext(_connectionString);
        _longStory = await db.Stories.MaxAsync(t => t.Id);
    }

    private async Task<(T Result, IReadOnlyList<DbCommand> Commands)> SentAsync<T>(Func<ForumReader, Task<T>> read)
    {
        var counter = new StatementCounter();
        await using var db = new ForumDbContext(new DbContextOptionsBuilder<ForumDbContext>()
            .UseNpgsql(_connectionString).AddInterceptors(counter).Options);
        return (await read(new ForumReader(db)), counter.Commands);
    }

    /// <summary>The executed plan of a statement the reader sent, with the same parameters, planned as the site's pool plans it.</summary>
    /// <param name="hiding">
    /// Indexes dropped for this one plan, in a transaction rolled back afterwards. Several indexes order stories by
    /// activity (the room page's, and the broader ones that home and the feeds read), and on a few thousand test rows
    /// all of them are cheap, so which one the planner picks is a coin toss that says nothing. Hiding the broader
    /// ones asks the question that matters: can this statement seek the index made for it, with nothing filtered away?
    /// </param>
    private async Task<JsonElement> PlanAsync(DbCommand sent, params string[] hiding)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var index in hiding)
            await new NpgsqlCommand(index == PrimaryKey ? $"ALTER TABLE threads DROP CONSTRAINT {index} CASCADE" : $"DROP INDEX {index}", connection, transaction).ExecuteNonQueryAsync();
        // The plan the site's pool gets: one made without the values (DatabasePool.PlanCacheOption), which is what
        // must seek the index; with the values in hand the planner can always do at least as well.
        await new NpgsqlCommand($"SET LOCAL plan_cache_mode = {Forum.Web.Startup.DatabasePool.PlanCacheMode}", connection, transaction).ExecuteNonQueryAsync();
        await using var command = (NpgsqlCommand)((ICloneable)sent).Clone();
        command.Connection = connection;
        command.Transaction = transaction;
        command.CommandText = "EXPLAIN (ANALYZE, FORMAT JSON) " + sent.CommandText;
        var json = (string)(await command.ExecuteScalarAsync())!;
        await transaction.RollbackAsync();
        return JsonDocument.Parse(json).RootElement[0].GetProperty("Plan");
    }

    private static readonly string[] BroaderActivityIndexes = ["ix_threads_last_activity_at_id", "ix_threads_room_id_last_activity_at_id"];

    /// <summary>
    /// The stories' primary key, newest first, is to a room sorted by new what the broader indexes are to activity:
    /// on two rooms of test rows, reading it backwards and filtering the other room away costs the planner about the
    /// same as seeking the room's own index, which is what a room among many needs. Hidden (its constraint dropped, and
    /// the foreign keys on it) for that one plan.
    /// </summary>
    private const string PrimaryKey = "pk_threads";

    private static IEnumerable<JsonElement> Nodes(JsonElement node) =>
        node.TryGetProperty("Plans", out var children) ? children.EnumerateArray().SelectMany(Nodes).Prepend(node) : [node];

    private static string Describe(JsonElement plan) => plan.ToString();

    /// <summary>The plan reads <paramref name="table"/> only through <paramref name="index"/>, at most <paramref name="rows"/> rows, and filters none away.</summary>
    private static void SeeksOnly(JsonElement plan, string table, string index, int rows) => SeeksOnly(plan, table, (index, rows));

    /// <summary>
    /// The plan reads <paramref name="table"/> only through the indexes given, each at most its number of rows, and
    /// filters none away. A part of the statement that never ran (the pinned stories past a room's first page, the
    /// header's counts for a reader without a name) reads nothing, whatever its plan.
    /// </summary>
    private static void SeeksOnly(JsonElement plan, string table, params (string Index, int Rows)[] reads)
    {
        var onTable = Nodes(plan).Where(n => n.TryGetProperty("Relation Name", out var r) && r.GetString() == table && n.GetProperty("Actual Loops").GetDouble() > 0).ToList();
        onTable.ShouldNotBeEmpty(Describe(plan));
        foreach (var node in onTable)
        {
            // A bitmap scan reads the index first, then only the rows it found: as good as a seek when order doesn't matter.
            var read = node.GetProperty("Node Type").GetString() == "Bitmap Heap Scan" ? node.GetProperty("Plans")[0] : node;
            read.GetProperty("Node Type").GetString().ShouldBeOneOf(["Index Scan", "Index Only Scan", "Bitmap Index Scan"], Describe(plan));
            var index = read.GetProperty("Index Name").GetString();
            reads.Select(r => r.Index).ShouldContain(index, Describe(plan));
            node.GetProperty("Actual Rows").GetDouble().ShouldBeLessThanOrEqualTo(reads.First(r => r.Index == index).Rows, Describe(plan));
        }
        Nodes(plan).Where(n => n.TryGetProperty("Rows Removed by Filter", out var removed) && removed.GetDouble() > 0)
            .ShouldBeEmpty("a filter threw rows away: " + Describe(plan));
    }

    [Test]
    public async Task A_room_page_thousands_of_stories_deep_seeks_its_index_and_reads_one_page()
    {
        var first = (await SentAsync(reader => reader.RoomAsync("anxiety", null, CancellationToken.None))).Result!;
        ActivityCursor.TryParse(first.Stories.NextCursor, out var cursor).ShouldBeTrue();
        // Walk deep with a cursor from the middle of the room: the 3,000th story from the newest.
        await using (var db = TestPostgres.CreateContext(_connectionString))
        {
            var deep = await db.Stories.Where(t => t.Room!.Slug == "anxiety" && !t.IsPinned && t.DeletedAt == null).OrderByDescending(t => t.LastActivityAt).ThenByDescending(t => t.Id)
                .Skip(3_000).Select(t => new { t.LastActivityAt, t.Id }).FirstAsync();
            cursor = new ActivityCursor(deep.LastActivityAt, deep.Id);
        }

        var (page, sent) = await SentAsync(reader => reader.RoomAsync("anxiety", cursor, CancellationToken.None));

        page!.Stories.Items.Count.ShouldBe(ForumReader.StoriesPerPage);
        page.Stories.Items.ShouldAllBe(t => !t.IsPinned);
        page.Stories.Items[0].Id.ShouldBeLessThan(cursor!.Value.Id);
        sent.Count.ShouldBe(1, "the room and its page in one statement");
        SeeksOnly(await PlanAsync(sent[0], BroaderActivityIndexes), "threads", "ix_threads_room_unpinned", ForumReader.StoriesPerPage + 1);
    }

    [Test]
    public async Task A_room_s_pinned_stories_come_from_their_own_index_without_reading_the_room()
    {
        var (page, sent) = await SentAsync(reader => reader.RoomAsync("anxiety", null, CancellationToken.None));

        page!.Pinned.Count.ShouldBe(Stories / 500);
        page.Pinned.ShouldAllBe(t => t.IsPinned);
        page.Stories.Items.Count.ShouldBe(ForumReader.StoriesPerPage);
        sent.Count.ShouldBe(1, "the room, its pinned stories and its first page in one statement");
        SeeksOnly(await PlanAsync(sent[0], BroaderActivityIndexes), "threads", ("ix_threads_room_pinned", Stories / 500), ("ix_threads_room_unpinned", ForumReader.StoriesPerPage + 1));
    }

    [Test]
    public async Task A_room_sorted_newest_first_seeks_its_own_index_at_any_depth()
    {
        long deep;
        await using (var db = TestPostgres.CreateContext(_connectionString))
            deep = await db.Stories.Where(t => t.Room!.Slug == "anxiety" && !t.IsPinned && t.DeletedAt == null).OrderByDescending(t => t.Id)
                .Skip(3_000).Select(t => t.Id).FirstAsync();

        var (first, sentFirst) = await SentAsync(reader => reader.RoomByNewestAsync("anxiety", null, CancellationToken.None));
        var (page, sent) = await SentAsync(reader => reader.RoomByNewestAsync("anxiety", deep, CancellationToken.None));

        first!.Stories.Items.Select(t => t.Id).ShouldBe(first.Stories.Items.Select(t => t.Id).OrderDescending());
        first.Pinned.Count.ShouldBe(Stories / 500);
        page!.Stories.Items.Count.ShouldBe(ForumReader.StoriesPerPage);
        page.Stories.Items.ShouldAllBe(t => !t.IsPinned && t.Id < deep);
        page.Stories.NextCursor.ShouldBe(page.Stories.Items[^1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        sentFirst.Count.ShouldBe(1, "the room, its pinned stories and its first page in one statement");
        SeeksOnly(await PlanAsync(sentFirst[0], PrimaryKey), "threads", ("ix_threads_room_pinned", Stories / 500), ("ix_threads_room_unpinned_newest", ForumReader.StoriesPerPage + 1));
        SeeksOnly(await PlanAsync(sent[^1], PrimaryKey), "threads", "ix_threads_room_unpinned_newest", ForumReader.StoriesPerPage + 1);
    }

    [Test]
    public async Task A_page_of_replies_far_into_a_long_story_seeks_its_index()
    {
        long after;
        await using (var db = TestPostgres.CreateContext(_connectionString))
            after = await db.Replies.Where(r => r.StoryId == _longStory).OrderBy(r => r.Id).Skip(300).Select(r => r.Id).FirstAsync();

        var (page, sent) = await SentAsync(reader => reader.StoryAsync(_longStory, after, null, CancellationToken.None));

        page!.Replies.Items.Count.ShouldBe(ForumReader.RepliesPerPage);
        page.Replies.Items[0].Id.ShouldBeGreaterThan(after);
        SeeksOnly(await PlanAsync(sent[^1]), "replies", "ix_replies_thread_id_id", ForumReader.RepliesPerPage + 1);
    }
}
