using Forum.Data;
using Forum.Data.Writing;
using Forum.Domain.Reactions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Forum.Tests.Database;

/// <summary>
/// What readers do to a post never gets in the way of its writer or its moderators: one concurrency model
/// (ModerationVersion), with the interleavings made explicit rather than left to timing.
/// </summary>
[Category("Database")]
public sealed class PostConcurrencyTests
{
    private string _connectionString = "";
    private readonly FakeTimeProvider _clock = new(Builders.Now);

    [SetUp]
    public async Task CreateDatabase() => _connectionString = await TestPostgres.CreateDatabaseAsync();

    private ForumDbContext Context() => TestPostgres.CreateContext(_connectionString);

    private Pseudonym NewPseudonym() => Pseudonym.Create(PseudonymNameGenerator.Next(), PseudonymSecret.New(), _clock.GetUtcNow());

    [Test]
    public async Task A_writers_edit_saves_although_a_reader_pressed_familiar_after_it_was_loaded()
    {
        var writer = NewPseudonym();
        long id;
        await using (var db = Context())
            id = (await new StoryWriter(db, new MarkdownPostRenderer(), _clock, WatchedPhrases.None, Builders.NoRisk)
                .StartStoryAsync("anxiety", "Shaky hands", "The first version.", ContentWarningSet.None, writer, CancellationToken.None)).Id;

        await using var editing = Context();
        var story = (Forum.Domain.Stories.Story)(await editing.PostAsync(PostKind.Story, id, CancellationToken.None))!;
        await using (var reacting = Context())
            (await new ReactionWriter(reacting, _clock).ReactAsync(PostKind.Story, id, NewPseudonym(), CancellationToken.None))!.Count.ShouldBe(1);

        story.Edit(story.Author!, "Shaky hands", new MarkdownPostRenderer().Render("The second version."), ContentWarningSet.None, _clock.GetUtcNow());
        await editing.SaveChangesAsync();

        await using var check = Context();
        var saved = await check.Stories.SingleAsync(t => t.Id == id);
        saved.BodySource.ShouldBe("The second version.");
        saved.FamiliarCount.ShouldBe(1, "the edit did not write back the count it loaded");
    }

    [Test]
    public async Task A_writer_deleting_a_story_whose_only_reply_waits_for_review_keeps_that_reply()
    {
        long storyId, replyId;
        var writer = NewPseudonym();
        await using (var db = Context())
        {
            var threads = new StoryWriter(db, new MarkdownPostRenderer(), _clock, new WatchedPhrases(["cheap pills"]), Builders.NoRisk);
            storyId = (await threads.StartStoryAsync("anxiety", "A quiet night", "Nothing much.", ContentWarningSet.None, writer, CancellationToken.None)).Id;
            replyId = (await threads.AddReplyAsync(storyId, "Cheap pills here", ContentWarningSet.None, NewPseudonym(), CancellationToken.None))!.Id;
        }

        await using (var db = Context())
            (await new OwnPostWriter(db, new MarkdownPostRenderer(), _clock, WatchedPhrases.None, Builders.NoRisk)
                .DeleteAsync(PostKind.Story, storyId, [writer.Id], CancellationToken.None)).ShouldBe(OwnPostOutcome.Done);

        await using var check = Context();
        (await check.Replies.AnyAsync(r => r.Id == replyId)).ShouldBeTrue("a moderator still has to decide about it; it is not the writer's to delete");
        (await check.Stories.SingleAsync(t => t.Id == storyId)).IsDeletedByWriter.ShouldBeTrue();
    }
}
