using Microsoft.Extensions.Time.Testing;
using Forum.Data;
using Forum.Data.Reading;
using Forum.Data.Writing;
using Microsoft.EntityFrameworkCore;

namespace Forum.Tests.Database;

[Category("Database")]
public sealed class StoryWriterTests
{
    private string _connectionString = "";
    private readonly FakeTimeProvider _clock = new(Builders.Now);

    [SetUp]
    public async Task CreateDatabase() => _connectionString = await TestPostgres.CreateDatabaseAsync();

    private ForumDbContext Context() => TestPostgres.CreateContext(_connectionString);

    private StoryWriter Writer(ForumDbContext db) => new(db, new MarkdownPostRenderer(), _clock, WatchedPhrases.None, Builders.NoRisk);

    private async Task<long> StartStoryAsync(string title = "Three days sober")
    {
        await using var db = Context();
        var author = Pseudonym.Create(PseudonymNameGenerator.Next(), PseudonymSecret.New(), _clock.GetUtcNow());
        return (await Writer(db).StartStoryAsync("addiction-recovery", title, "Day three. **Still here.**", ContentWarningSet.None, author, CancellationToken.None)).Id;
    }

    [Test]
    public async Task A_new_writer_and_their_story_are_saved_together_with_the_rendered_html()
    {
        var id = await StartStoryAsync();

        await using var db = Context();
        var thread = await db.Stories.Include(t => t.Author).SingleAsync(t => t.Id == id);
        thread.BodySource.ShouldBe("Day three. **Still here.**");
        thread.BodyHtml.ShouldContain("<strong>Still here.</strong>");
        thread.RenderVersion.ShouldBe(new MarkdownPostRenderer().CurrentVersion);
        thread.Author.ShouldNotBeNull();
    }

    [Test]
    public async Task Replies_counted_at_the_same_moment_are_all_counted()
    {
        var id = await StartStoryAsync();
        const int writers = 20;

        await Task.WhenAll(Enumerable.Range(0, writers).Select(i => Task.Run(async () =>
        {
            await using var db = Context();
            var author = Pseudonym.Create($"Parallel Writer {i}", PseudonymSecret.New(), _clock.GetUtcNow());
            await Writer(db).AddReplyAsync(id, $"Reply number {i}", ContentWarningSet.None, author, CancellationToken.None);
        })));

        await using var check = Context();
        (await check.Stories.Where(t => t.Id == id).Select(t => t.ReplyCount).SingleAsync()).ShouldBe(writers);
        (await check.Replies.CountAsync(r => r.StoryId == id)).ShouldBe(writers);
    }

    [Test]
    public async Task A_reply_moves_last_activity_forward()
    {
        var id = await StartStoryAsync();
        _clock.Advance(TimeSpan.FromHours(2));
        await using (var db = Context())
            await Writer(db).AddReplyAsync(id, "Me too.", ContentWarningSet.None, Pseudonym.Create("Warm Kettle 77", PseudonymSecret.New(), _clock.GetUtcNow()), CancellationToken.None);

        await using var check = Context();
        (await check.Stories.Where(t => t.Id == id).Select(t => t.LastActivityAt).SingleAsync()).ShouldBe(_clock.GetUtcNow());
    }

    [Test]
    public async Task A_reply_held_for_review_is_neither_counted_nor_activity()
    {
        var id = await StartStoryAsync();
        var started = _clock.GetUtcNow();
        _clock.Advance(TimeSpan.FromHours(2));
        await using (var db = Context())
            (await new StoryWriter(db, new MarkdownPostRenderer(), _clock, new WatchedPhrases(["cheap pills"]), Builders.NoRisk)
                .AddReplyAsync(id, "Cheap pills here", ContentWarningSet.None, Pseudonym.Create("Quiet Fern 18", PseudonymSecret.New(), _clock.GetUtcNow()), CancellationToken.None))!
                .IsHeld.ShouldBeTrue();

        await using var check = Context();
        var story = await check.Stories.Where(t => t.Id == id).Select(t => new { t.LastActivityAt, t.ReplyCount }).SingleAsync();
        story.LastActivityAt.ShouldBe(started);
        story.ReplyCount.ShouldBe(0);
    }

    [Test]
    public async Task A_reply_written_with_an_earlier_time_never_moves_last_activity_back()
    {
        var id = await StartStoryAsync();
        var started = _clock.GetUtcNow();
        await using (var db = Context())
            await Writer(db).AddReplyAsync(id, "From a clock behind.", ContentWarningSet.None,
                Pseudonym.Create("Slow Clock 40", PseudonymSecret.New(), started), CancellationToken.None);
        await TestPostgres.ExecuteAsync(_connectionString, $"""
            INSERT INTO replies (thread_id, body_source, body_html, render_version, created_at)
            VALUES ({id}, 'Imported.', '<p>Imported.</p>', 1, '{started.AddDays(-3):O}')
            """);

        await using var check = Context();
        (await check.Stories.Where(t => t.Id == id).Select(t => t.LastActivityAt).SingleAsync()).ShouldBe(started);
    }

    [Test]
    public async Task A_reply_to_a_locked_thread_is_refused_and_nothing_is_stored()
    {
        var id = await StartStoryAsync();
        await using (var db = Context())
        {
            var thread = await db.Stories.SingleAsync(t => t.Id == id);
            thread.Lock("Taking a pause.");
            await db.SaveChangesAsync();
        }

        await using (var db = Context())
        {
            var newcomer = Pseudonym.Create("Brave Heron 31", PseudonymSecret.New(), _clock.GetUtcNow());
            await Should.ThrowAsync<DomainRuleException>(() => Writer(db).AddReplyAsync(id, "Hello", ContentWarningSet.None, newcomer, CancellationToken.None));
        }

        await using var check = Context();
        (await check.Replies.CountAsync(r => r.StoryId == id)).ShouldBe(0);
        (await check.Pseudonyms.AnyAsync(p => p.Name == "Brave Heron 31")).ShouldBeFalse();
        (await check.Stories.Where(t => t.Id == id).Select(t => t.ReplyCount).SingleAsync()).ShouldBe(0);
    }

    [Test]
    public async Task A_lock_that_lands_between_reading_and_writing_still_wins()
    {
        var id = await StartStoryAsync();
        await using var writerDb = Context();
        var writer = Writer(writerDb);
        // The writer has the thread loaded (unlocked) when a moderator locks it from elsewhere.
        await writerDb.Stories.SingleAsync(t => t.Id == id);
        await using (var moderatorDb = Context())
        {
            var thread = await moderatorDb.Stories.SingleAsync(t => t.Id == id);
            thread.Lock("Taking a pause.");
            await moderatorDb.SaveChangesAsync();
        }

        await Should.ThrowAsync<DomainRuleException>(() =>
            writer.AddReplyAsync(id, "Hello", ContentWarningSet.None, Pseudonym.Create("Late Robin 12", PseudonymSecret.New(), _clock.GetUtcNow()), CancellationToken.None));

        await using var check = Context();
        (await check.Replies.CountAsync(r => r.StoryId == id)).ShouldBe(0);
    }

    [Test]
    public async Task A_reply_to_a_missing_thread_is_null_and_stores_nothing()
    {
        await using var db = Context();
        var reply = await Writer(db).AddReplyAsync(987654, "Hello", ContentWarningSet.None, Pseudonym.Create("Lost Comet 10", PseudonymSecret.New(), _clock.GetUtcNow()), CancellationToken.None);
        reply.ShouldBeNull();
        (await db.Pseudonyms.AnyAsync(p => p.Name == "Lost Comet 10")).ShouldBeFalse();
    }

    [Test]
    public async Task A_generated_name_that_is_already_taken_is_replaced_not_refused()
    {
        await StartStoryAsync();
        await using (var db = Context())
        {
            db.Pseudonyms.Add(Pseudonym.Create("Quiet Harbor 42", PseudonymSecret.New(), _clock.GetUtcNow()));
            await db.SaveChangesAsync();
        }

        await using var writerDb = Context();
        var clash = Pseudonym.Create("quiet harbor 42", PseudonymSecret.New(), _clock.GetUtcNow());
        var thread = await Writer(writerDb).StartStoryAsync("anxiety", "Panic on the bus", "It came from nowhere.", ContentWarningSet.None, clash, CancellationToken.None);

        clash.Name.ShouldNotBe("quiet harbor 42");
        await using var check = Context();
        (await check.Stories.Where(t => t.Id == thread.Id).Select(t => t.Author!.Name).SingleAsync()).ShouldBe(clash.Name);
    }

    [Test]
    public async Task Keyset_pages_cover_every_thread_once_in_order_even_with_equal_times()
    {
        // Ten threads share one timestamp, so the id has to break the tie for paging to be exact.
        var ids = new List<long>();
        for (var i = 0; i < 60; i++)
        {
            ids.Add(await StartStoryAsync($"Story number {i}"));
            if (i % 10 == 0) _clock.Advance(TimeSpan.FromMinutes(1));
        }

        await using var db = Context();
        var reader = new ForumReader(db);
        var seen = new List<long>();
        ActivityCursor? cursor = null;
        do
        {
            var page = (await reader.RoomAsync("addiction-recovery", cursor, CancellationToken.None))!;
            seen.AddRange(page.Stories.Items.Select(t => t.Id));
            cursor = page.Stories.NextCursor is { } next && ActivityCursor.TryParse(next, out var parsed) ? parsed : null;
        } while (cursor is not null);

        seen.ShouldBe(Enumerable.Reverse(ids).ToList());
    }
}
