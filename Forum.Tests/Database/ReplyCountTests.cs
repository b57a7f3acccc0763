using Forum.Data;
using Forum.Data.Moderation;
using Forum.Data.Writing;
using Forum.Domain.Reactions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Forum.Tests.Database;

/// <summary>
/// A story's reply count has one rule (its replies not held for review), kept by the database's triggers
/// (migrations/0018). Each race that used to count twice is run for real, many times over, and the count is then
/// compared with the rows themselves.
/// </summary>
[Category("Database")]
public sealed class ReplyCountTests
{
    private const int Rounds = 8;
    private static readonly WatchedPhrases Watched = new(["cheap pills"]);
    private string _connectionString = "";
    private readonly FakeTimeProvider _clock = new(Builders.Now);
    private int _moderatorId;

    [SetUp]
    public async Task CreateDatabase()
    {
        (_connectionString, _moderatorId) = await TestPostgres.CreateDatabaseWithModeratorAsync("Counting Mod", _clock.GetUtcNow());
    }

    private ForumDbContext Context() => TestPostgres.CreateContext(_connectionString);

    private Pseudonym NewPseudonym() => Pseudonym.Create(PseudonymNameGenerator.Next(), PseudonymSecret.New(), _clock.GetUtcNow());

    /// <summary>A story with <paramref name="replies"/> replies, each by its own writer.</summary>
    private async Task<(long StoryId, List<(long Id, Pseudonym Writer)> Replies)> StoryAsync(int replies)
    {
        await using var db = Context();
        var writer = new StoryWriter(db, new MarkdownPostRenderer(), _clock, Watched, Builders.NoRisk);
        var thread = await writer.StartStoryAsync("anxiety", "Counted " + Guid.NewGuid().ToString("N")[..8], "A story.", ContentWarningSet.None, NewPseudonym(), CancellationToken.None);
        var written = new List<(long, Pseudonym)>();
        for (var i = 0; i < replies; i++)
        {
            var author = NewPseudonym();
            written.Add(((await writer.AddReplyAsync(thread.Id, $"Reply {i}", ContentWarningSet.None, author, CancellationToken.None))!.Id, author));
        }
        return (thread.Id, written);
    }

    private async Task<bool> ModerateAsync(Func<ModerationWriter, ModeratorAct, Task<bool>> act, int seenVersion = 0)
    {
        await using var db = Context();
        try
        {
            return await act(new ModerationWriter(db, _clock), new ModeratorAct(_moderatorId, seenVersion, "Breaks the guidelines"));
        }
        catch (Exception e) when (e is ModerationConflictException or DomainRuleException)
        {
            // The other side of the race won; refusing is a fine outcome, counting wrongly is not.
            return false;
        }
    }

    private async Task PurgeAsync()
    {
        await using var db = Context();
        await new RetentionPurge(db, _clock).RunAsync(RetentionPurge.DefaultWindow, CancellationToken.None);
    }

    /// <summary>Starts every action at the same instant (an awaited gate, no thread held) and waits for all.</summary>
    private static async Task AtOnceAsync(params Func<Task>[] actions)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = actions.Select(action => Task.Run(async () =>
        {
            await start.Task;
            await action();
        })).ToList();
        start.SetResult();
        await Task.WhenAll(running);
    }

    /// <summary>Every story whose stored count differs from its replies that are not held.</summary>
    private async Task<List<(long Id, int Stored, int Real)>> MiscountedAsync()
    {
        await using var db = Context();
        var counts = await db.Stories
            .Select(t => new { t.Id, t.ReplyCount, Real = db.Replies.Count(r => r.StoryId == t.Id && r.HeldAt == null) })
            .Where(c => c.ReplyCount != c.Real)
            .ToListAsync();
        return counts.Select(c => (c.Id, c.ReplyCount, c.Real)).ToList();
    }

    private async Task<int> StoredCountAsync(long storyId)
    {
        await using var db = Context();
        return await db.Stories.Where(t => t.Id == storyId).Select(t => t.ReplyCount).SingleAsync();
    }

    [Test]
    public async Task Concurrent_purges_of_the_same_reply_take_it_off_the_count_once()
    {
        var stories = new List<long>();
        for (var round = 0; round < Rounds; round++)
        {
            var (storyId, replies) = await StoryAsync(3);
            stories.Add(storyId);
            (await ModerateAsync((w, act) => w.RemoveAsync(act, PostKind.Reply, replies[0].Id, CancellationToken.None))).ShouldBeTrue();
        }
        _clock.Advance(RetentionPurge.DefaultWindow + TimeSpan.FromMinutes(1));

        await AtOnceAsync(PurgeAsync, PurgeAsync, PurgeAsync, PurgeAsync);

        (await MiscountedAsync()).ShouldBeEmpty();
        foreach (var storyId in stories) (await StoredCountAsync(storyId)).ShouldBe(2, "three replies, one purged, once");
    }

    [Test]
    public async Task A_purge_racing_a_restore_of_the_same_reply_leaves_the_count_equal_to_the_rows()
    {
        var removed = new List<long>();
        for (var round = 0; round < Rounds; round++)
        {
            var (_, replies) = await StoryAsync(2);
            (await ModerateAsync((w, act) => w.RemoveAsync(act, PostKind.Reply, replies[0].Id, CancellationToken.None))).ShouldBeTrue();
            removed.Add(replies[0].Id);
        }
        _clock.Advance(RetentionPurge.DefaultWindow + TimeSpan.FromMinutes(1));

        await AtOnceAsync([PurgeAsync, .. removed.Select(id => (Func<Task>)(() =>
            ModerateAsync((w, act) => w.RestoreAsync(act, PostKind.Reply, id, CancellationToken.None), seenVersion: 1)))]);

        (await MiscountedAsync()).ShouldBeEmpty();
    }

    [Test]
    public async Task A_writer_deleting_a_reply_while_a_moderator_removes_it_leaves_the_count_equal_to_the_rows()
    {
        var stories = new List<long>();
        var races = new List<Func<Task>>();
        for (var round = 0; round < Rounds; round++)
        {
            var (storyId, replies) = await StoryAsync(2);
            stories.Add(storyId);
            var (replyId, writer) = replies[0];
            races.Add(async () =>
            {
                await using var db = Context();
                try
                {
                    await new OwnPostWriter(db, new MarkdownPostRenderer(), _clock, WatchedPhrases.None, Builders.NoRisk)
                        .DeleteAsync(PostKind.Reply, replyId, [writer.Id], CancellationToken.None);
                }
                catch (DbUpdateConcurrencyException)
                {
                    // The moderator's change came first; the writer would be asked to try again.
                }
            });
            races.Add(() => ModerateAsync((w, act) => w.RemoveAsync(act, PostKind.Reply, replyId, CancellationToken.None)));
        }

        await AtOnceAsync([.. races]);
        (await MiscountedAsync()).ShouldBeEmpty();
        foreach (var storyId in stories) (await StoredCountAsync(storyId)).ShouldBe(2, "deleted and removed replies still stand as notices");

        // And once the removed ones are purged, each goes from the count exactly once.
        _clock.Advance(RetentionPurge.DefaultWindow + TimeSpan.FromMinutes(1));
        await AtOnceAsync(PurgeAsync, PurgeAsync);
        (await MiscountedAsync()).ShouldBeEmpty();
    }

    [Test]
    public async Task Replies_written_held_edited_into_hold_and_approved_all_at_once_are_counted_as_the_rows_say()
    {
        var (storyId, existing) = await StoryAsync(4);
        long heldId;
        await using (var db = Context())
            heldId = (await new StoryWriter(db, new MarkdownPostRenderer(), _clock, Watched, Builders.NoRisk)
                .AddReplyAsync(storyId, "cheap pills, ask me", ContentWarningSet.None, NewPseudonym(), CancellationToken.None))!.Id;
        (await StoredCountAsync(storyId)).ShouldBe(4, "a held reply is not counted");

        var writes = Enumerable.Range(0, 12).Select(i => (Func<Task>)(async () =>
        {
            await using var db = Context();
            await new StoryWriter(db, new MarkdownPostRenderer(), _clock, Watched, Builders.NoRisk)
                .AddReplyAsync(storyId, i % 3 == 0 ? $"cheap pills {i}" : $"Me too {i}", ContentWarningSet.None, NewPseudonym(), CancellationToken.None);
        }));
        var edits = existing.Take(2).Select(reply => (Func<Task>)(async () =>
        {
            await using var db = Context();
            await new OwnPostWriter(db, new MarkdownPostRenderer(), _clock, Watched, Builders.NoRisk)
                .EditAsync(PostKind.Reply, reply.Id, [reply.Writer.Id], null, "Now selling cheap pills", ContentWarningSet.None, CancellationToken.None);
        }));
        await AtOnceAsync([.. writes, .. edits, () => ModerateAsync((w, act) => w.ApproveAsync(act, PostKind.Reply, heldId, CancellationToken.None))]);

        (await MiscountedAsync()).ShouldBeEmpty();
        (await StoredCountAsync(storyId)).ShouldBe(4 - 2 + 1 + 8, "two edited into hold, one approved, eight of twelve new ones not held");
    }

    [Test]
    public async Task Setting_the_count_directly_is_refused_so_no_second_counting_path_can_return()
    {
        var (storyId, _) = await StoryAsync(1);
        await using var db = Context();

        var refused = await Should.ThrowAsync<PostgresException>(() =>
            db.Database.ExecuteSqlAsync($"UPDATE threads SET reply_count = reply_count + 1 WHERE id = {storyId}"));
        refused.SqlState.ShouldBe(PostgresErrorCodes.CheckViolation);
        (await StoredCountAsync(storyId)).ShouldBe(1);
    }

    [Test]
    public async Task Burning_a_name_with_its_posts_keeps_a_story_whose_only_reply_waits_for_review()
    {
        var writer = NewPseudonym();
        long storyId, heldId;
        await using (var db = Context())
        {
            var threads = new StoryWriter(db, new MarkdownPostRenderer(), _clock, Watched, Builders.NoRisk);
            storyId = (await threads.StartStoryAsync("anxiety", "Burned later", "A story.", ContentWarningSet.None, writer, CancellationToken.None)).Id;
            heldId = (await threads.AddReplyAsync(storyId, "cheap pills here", ContentWarningSet.None, NewPseudonym(), CancellationToken.None))!.Id;
        }
        (await StoredCountAsync(storyId)).ShouldBe(0, "the only reply is held, so the count alone says nobody answered");

        await using (var db = Context())
            await new PseudonymWriter(db, _clock).BurnAsync(writer.Id, removePosts: true, CancellationToken.None);

        await using var check = Context();
        (await check.Replies.AnyAsync(r => r.Id == heldId)).ShouldBeTrue("someone else's reply is not the burned name's to delete");
        (await check.Stories.SingleAsync(t => t.Id == storyId)).IsDeletedByWriter.ShouldBeTrue();
    }
}
