using Microsoft.Extensions.Time.Testing;
using Forum.Data;
using Forum.Data.Reading;
using Forum.Data.Writing;
using Forum.Domain.Reactions;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Forum.Tests.Database;

[Category("Database")]
public sealed class ReactionWriterTests
{
    private string _connectionString = "";
    private readonly FakeTimeProvider _clock = new(Builders.Now);

    [SetUp]
    public async Task CreateDatabase() => _connectionString = await TestPostgres.CreateDatabaseAsync();

    /// <summary>
    /// The pools of this test's database hold idle connections for minutes; closed now, so the tests after this
    /// one are not left short of PostgreSQL's 100 connections.
    /// </summary>
    [TearDown]
    public void ClosePools()
    {
        foreach (var connectionString in new[] { _connectionString, CrowdConnectionString })
            using (var connection = new NpgsqlConnection(connectionString)) NpgsqlConnection.ClearPool(connection);
    }

    private ForumDbContext Context() => TestPostgres.CreateContext(_connectionString);

    /// <summary>
    /// For the crowd tests: PostgreSQL's default limit is 100 connections, so the pool is capped, as the web
    /// app's is. Fifty transactions at once still fight over the one counter row; the rest queue for a connection.
    /// </summary>
    private string CrowdConnectionString => new NpgsqlConnectionStringBuilder(_connectionString) { MaxPoolSize = 50 }.ConnectionString;

    private ForumDbContext CrowdContext() => TestPostgres.CreateContext(CrowdConnectionString);

    private Pseudonym NewPseudonym(string? name = null) =>
        Pseudonym.Create(name ?? PseudonymNameGenerator.Next(), PseudonymSecret.New(), _clock.GetUtcNow());

    private async Task<(long StoryId, long ReplyId)> StartStoryWithReplyAsync()
    {
        await using var db = Context();
        var writer = new StoryWriter(db, new MarkdownPostRenderer(), _clock, WatchedPhrases.None, Builders.NoRisk);
        var thread = await writer.StartStoryAsync("depression", "The grey mornings", "Getting up is the hardest part.", ContentWarningSet.None, NewPseudonym(), CancellationToken.None);
        var reply = await writer.AddReplyAsync(thread.Id, "Mornings are the worst for me too.", ContentWarningSet.None, NewPseudonym(), CancellationToken.None);
        return (thread.Id, reply!.Id);
    }

    /// <summary>A pseudonym that already exists, loaded the way PseudonymSession loads it: tracked by the writer's context.</summary>
    private static Task<Pseudonym> LoadAsync(ForumDbContext db, Guid id) => db.Pseudonyms.SingleAsync(p => p.Id == id);

    private async Task<Guid> SavedPseudonymAsync()
    {
        await using var db = Context();
        var pseudonym = NewPseudonym();
        db.Pseudonyms.Add(pseudonym);
        await db.SaveChangesAsync();
        return pseudonym.Id;
    }

    private async Task<(int Counter, int Rows)> CountsAsync(PostKind kind, long id)
    {
        await using var db = Context();
        var counter = kind == PostKind.Story
            ? await db.Stories.Where(t => t.Id == id).Select(t => t.FamiliarCount).SingleAsync()
            : await db.Replies.Where(r => r.Id == id).Select(r => r.FamiliarCount).SingleAsync();
        return (counter, await db.Reactions.CountAsync(r => r.PostKind == kind && r.PostId == id));
    }

    [Test]
    public async Task A_hundred_people_pressing_at_once_are_a_hundred_and_taking_it_back_at_once_leaves_none()
    {
        var (storyId, _) = await StartStoryWithReplyAsync();
        const int people = 100;
        var ids = new Guid[people];

        await Task.WhenAll(Enumerable.Range(0, people).Select(i => Task.Run(async () =>
        {
            await using var db = CrowdContext();
            var newcomer = NewPseudonym($"Familiar Reader {i}");
            ids[i] = newcomer.Id;
            var state = await new ReactionWriter(db, _clock).ReactAsync(PostKind.Story, storyId, newcomer, CancellationToken.None);
            state!.Reacted.ShouldBeTrue();
        })));

        (await CountsAsync(PostKind.Story, storyId)).ShouldBe((people, people));

        await Task.WhenAll(ids.Select(id => Task.Run(async () =>
        {
            await using var db = CrowdContext();
            var state = await new ReactionWriter(db, _clock).TakeBackAsync(PostKind.Story, storyId, await LoadAsync(db, id), CancellationToken.None);
            state!.Reacted.ShouldBeFalse();
        })));

        (await CountsAsync(PostKind.Story, storyId)).ShouldBe((0, 0));
    }

    [Test]
    public async Task A_double_submit_counts_once_even_when_both_arrive_together()
    {
        var (storyId, replyId) = await StartStoryWithReplyAsync();
        var id = await SavedPseudonymAsync();

        var states = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            await using var db = Context();
            return await new ReactionWriter(db, _clock).ReactAsync(PostKind.Reply, replyId, await LoadAsync(db, id), CancellationToken.None);
        })));
        await using (var db = Context())
            (await new ReactionWriter(db, _clock).ReactAsync(PostKind.Reply, replyId, await LoadAsync(db, id), CancellationToken.None))!.Count.ShouldBe(1);

        states.ShouldAllBe(s => s!.Reacted && s.Count == 1);
        (await CountsAsync(PostKind.Reply, replyId)).ShouldBe((1, 1));
        (await CountsAsync(PostKind.Story, storyId)).ShouldBe((0, 0), "a reply's reaction is the reply's, not its story's");
    }

    [Test]
    public async Task Taking_back_twice_or_without_having_reacted_never_goes_below_zero()
    {
        var (storyId, _) = await StartStoryWithReplyAsync();
        var id = await SavedPseudonymAsync();
        await using (var db = Context())
            await new ReactionWriter(db, _clock).ReactAsync(PostKind.Story, storyId, await LoadAsync(db, id), CancellationToken.None);

        for (var i = 0; i < 2; i++)
        {
            await using var db = Context();
            var state = await new ReactionWriter(db, _clock).TakeBackAsync(PostKind.Story, storyId, await LoadAsync(db, id), CancellationToken.None);
            state.ShouldBe(new FamiliarState(PostKind.Story, storyId, storyId, "the-grey-mornings", false, 0));
        }
        await using (var db = Context())
            (await new ReactionWriter(db, _clock).TakeBackAsync(PostKind.Story, storyId, null, CancellationToken.None))!.Count.ShouldBe(0);

        (await CountsAsync(PostKind.Story, storyId)).ShouldBe((0, 0));
    }

    [Test]
    public async Task A_new_pseudonym_is_saved_with_its_first_reaction()
    {
        var (storyId, _) = await StartStoryWithReplyAsync();
        var newcomer = NewPseudonym("First Press 7");

        await using (var db = Context())
            (await new ReactionWriter(db, _clock).ReactAsync(PostKind.Story, storyId, newcomer, CancellationToken.None))!.Count.ShouldBe(1);

        await using var check = Context();
        (await check.Pseudonyms.AnyAsync(p => p.Id == newcomer.Id)).ShouldBeTrue();
        (await check.Reactions.SingleAsync()).PseudonymId.ShouldBe(newcomer.Id);
    }

    [Test]
    public async Task Reacting_to_a_removed_story_is_refused_and_changes_nothing()
    {
        var (storyId, replyId) = await StartStoryWithReplyAsync();
        await using (var db = Context())
        {
            (await db.Stories.SingleAsync(t => t.Id == storyId)).Remove(_clock.GetUtcNow(), "Breaks the guidelines");
            await db.SaveChangesAsync();
        }
        var newcomer = NewPseudonym("Too Late 40");

        foreach (var (kind, id) in new[] { (PostKind.Story, storyId), (PostKind.Reply, replyId) })
        {
            await using var db = Context();
            // Refused as a missing post is (null), so that a press cannot tell removed from missing.
            (await new ReactionWriter(db, _clock).ReactAsync(kind, id, newcomer, CancellationToken.None)).ShouldBeNull();
            (await CountsAsync(kind, id)).ShouldBe((0, 0));
        }
        await using var check = Context();
        (await check.Pseudonyms.AnyAsync(p => p.Id == newcomer.Id)).ShouldBeFalse("nothing half-written: not even the new name");
    }

    [Test]
    public async Task Reacting_to_a_removed_reply_is_refused_and_taking_back_leaves_its_count_alone()
    {
        var (_, replyId) = await StartStoryWithReplyAsync();
        var id = await SavedPseudonymAsync();
        await using (var db = Context())
            await new ReactionWriter(db, _clock).ReactAsync(PostKind.Reply, replyId, await LoadAsync(db, id), CancellationToken.None);
        await TestPostgres.ExecuteAsync(_connectionString, $"UPDATE replies SET removed_at = now() WHERE id = {replyId}");

        await using (var db = Context())
        {
            var writer = new ReactionWriter(db, _clock);
            var someoneElse = NewPseudonym();
            (await writer.ReactAsync(PostKind.Reply, replyId, someoneElse, CancellationToken.None)).ShouldBeNull();
            (await writer.TakeBackAsync(PostKind.Reply, replyId, await LoadAsync(db, id), CancellationToken.None)).ShouldBeNull();
        }

        (await CountsAsync(PostKind.Reply, replyId)).ShouldBe((1, 1));
    }

    [Test]
    public async Task A_post_that_does_not_exist_is_null_and_stores_nothing()
    {
        var newcomer = NewPseudonym("Nowhere Man 3");
        await using var db = Context();
        var writer = new ReactionWriter(db, _clock);

        (await writer.ReactAsync(PostKind.Story, 987654, newcomer, CancellationToken.None)).ShouldBeNull();
        (await writer.ReactAsync(PostKind.Reply, 987654, newcomer, CancellationToken.None)).ShouldBeNull();
        (await writer.TakeBackAsync(PostKind.Reply, 987654, null, CancellationToken.None)).ShouldBeNull();
        (await db.Pseudonyms.AnyAsync(p => p.Id == newcomer.Id)).ShouldBeFalse();
    }

    [Test]
    public async Task The_thread_page_shows_the_reader_their_own_reactions_and_everyone_the_counts()
    {
        var (storyId, replyId) = await StartStoryWithReplyAsync();
        var reader = await SavedPseudonymAsync();
        var other = await SavedPseudonymAsync();
        await using (var db = Context())
        {
            await new ReactionWriter(db, _clock).ReactAsync(PostKind.Reply, replyId, await LoadAsync(db, reader), CancellationToken.None);
            await new ReactionWriter(db, _clock).ReactAsync(PostKind.Story, storyId, await LoadAsync(db, other), CancellationToken.None);
        }

        await using var read = Context();
        var forReader = (await new ForumReader(read).StoryAsync(storyId, null, reader, CancellationToken.None))!;
        forReader.Familiar.Story.ShouldBeFalse();
        forReader.Familiar.Replies.ShouldBe([replyId]);
        forReader.Story.Post.FamiliarCount.ShouldBe(1);
        forReader.Replies.Items.Single().FamiliarCount.ShouldBe(1);

        var anonymous = (await new ForumReader(read).StoryAsync(storyId, null, null, CancellationToken.None))!;
        anonymous.Familiar.ShouldBe(ReaderReactions.None);
    }

    [Test]
    public async Task Deleting_a_post_for_good_takes_its_reactions_with_it()
    {
        var (storyId, replyId) = await StartStoryWithReplyAsync();
        var id = await SavedPseudonymAsync();
        await using (var db = Context())
        {
            var writer = new ReactionWriter(db, _clock);
            await writer.ReactAsync(PostKind.Story, storyId, await LoadAsync(db, id), CancellationToken.None);
            await writer.ReactAsync(PostKind.Reply, replyId, await LoadAsync(db, id), CancellationToken.None);
        }

        await TestPostgres.ExecuteAsync(_connectionString, $"DELETE FROM threads WHERE id = {storyId}");

        await using var check = Context();
        (await check.Reactions.CountAsync()).ShouldBe(0);
    }
}
