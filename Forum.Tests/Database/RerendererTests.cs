using Microsoft.Extensions.Time.Testing;
using Forum.Data.Writing;
using Microsoft.EntityFrameworkCore;

namespace Forum.Tests.Database;

[Category("Database")]
public sealed class RerendererTests
{
    private string _connectionString = "";

    [SetUp]
    public async Task CreateStalePosts()
    {
        _connectionString = await TestPostgres.CreateDatabaseAsync();
        var clock = new FakeTimeProvider(Builders.Now);
        await using var db = TestPostgres.CreateContext(_connectionString);
        var writer = new StoryWriter(db, new MarkdownPostRenderer(), clock, WatchedPhrases.None, Builders.NoRisk);
        for (var i = 0; i < 5; i++)
        {
            var author = Pseudonym.Create($"Writer Number {i}", PseudonymSecret.New(), clock.GetUtcNow());
            var thread = await writer.StartStoryAsync("general", $"Story {i}", $"Story **{i}**", ContentWarningSet.None, author, CancellationToken.None);
            await writer.AddReplyAsync(thread.Id, $"Reply *{i}*", ContentWarningSet.None, author, CancellationToken.None);
        }
        // As if these had been rendered under an older policy.
        await db.Database.ExecuteSqlRawAsync("UPDATE threads SET render_version = 0, body_html = 'stale'; UPDATE replies SET render_version = 0, body_html = 'stale'");
    }

    [Test]
    public async Task Every_older_post_gets_the_current_rendering_and_a_second_run_has_nothing_to_do()
    {
        var lines = new List<string>();
        await using (var db = TestPostgres.CreateContext(_connectionString))
            (await new Rerenderer(db, new MarkdownPostRenderer()).RunAsync(lines.Add, batchSize: 2)).ShouldBe(11); // 5 stories, 5 replies, the guidelines

        await using var check = TestPostgres.CreateContext(_connectionString);
        (await check.Stories.CountAsync(t => t.BodyHtml == "stale" || t.RenderVersion == 0)).ShouldBe(0);
        (await check.Replies.CountAsync(r => r.BodyHtml == "stale" || r.RenderVersion == 0)).ShouldBe(0);
        (await check.Stories.SingleAsync(t => t.Title == "Story 3")).BodyHtml.ShouldContain("<strong>3</strong>");
        lines.ShouldContain(line => line.StartsWith("Re-rendered 2 of 11 posts"));
        lines[^1].ShouldBe("Done: 11 posts re-rendered.");

        (await new Rerenderer(check, new MarkdownPostRenderer()).RunAsync(_ => { })).ShouldBe(0);
    }

    [Test]
    public async Task A_run_stopped_halfway_is_finished_by_running_it_again()
    {
        using var stop = new CancellationTokenSource();
        await using (var db = TestPostgres.CreateContext(_connectionString))
        {
            var batches = 0;
            await Should.ThrowAsync<OperationCanceledException>(() => new Rerenderer(db, new MarkdownPostRenderer())
                .RunAsync(line => { if (line.StartsWith("Re-rendered") && ++batches == 2) stop.Cancel(); }, batchSize: 2, stop.Token));
        }

        await using var again = TestPostgres.CreateContext(_connectionString);
        (await new Rerenderer(again, new MarkdownPostRenderer()).RunAsync(_ => { }, batchSize: 2)).ShouldBe(7);
        (await again.Stories.CountAsync(t => t.RenderVersion == 0)).ShouldBe(0);
    }
}
