using Forum.Domain.Reactions;
using Microsoft.Extensions.Time.Testing;
using Forum.Data;
using Forum.Data.Moderation;
using Forum.Data.Writing;
using Microsoft.EntityFrameworkCore;

namespace Forum.Tests.Database;

/// <summary>Removed content is deleted for good after the window, and nothing newer; the log keeps the action.</summary>
[Category("Database")]
public sealed class RetentionPurgeTests
{
    private static readonly TimeSpan Window = RetentionPurge.DefaultWindow;
    private string _connectionString = "";
    private readonly FakeTimeProvider _clock = new(Builders.Now);
    private int _moderatorId;

    [SetUp]
    public async Task CreateDatabase()
    {
        (_connectionString, _moderatorId) = await TestPostgres.CreateDatabaseWithModeratorAsync("Retention Mod", _clock.GetUtcNow());
    }

    private ForumDbContext Context() => TestPostgres.CreateContext(_connectionString);

    private async Task<(long StoryId, long ReplyId)> StoryAsync(string title)
    {
        await using var db = Context();
        var writer = new StoryWriter(db, new MarkdownPostRenderer(), _clock, WatchedPhrases.None, Builders.NoRisk);
        var thread = await writer.StartStoryAsync("anxiety", title, "SECRET-STORY-TEXT " + title, ContentWarningSet.None,
            Pseudonym.Create(PseudonymNameGenerator.Next(), PseudonymSecret.New(), _clock.GetUtcNow()), CancellationToken.None);
        var reply = await writer.AddReplyAsync(thread.Id, "SECRET-REPLY-TEXT " + title, ContentWarningSet.None,
            Pseudonym.Create(PseudonymNameGenerator.Next(), PseudonymSecret.New(), _clock.GetUtcNow()), CancellationToken.None);
        return (thread.Id, reply!.Id);
    }

    private async Task ActAsync(Func<ModerationWriter, ModeratorAct, Task<bool>> act)
    {
        await using var db = Context();
        (await act(new ModerationWriter(db, _clock), new ModeratorAct(_moderatorId, 0, "Breaks the guidelines"))).ShouldBeTrue();
    }

    private async Task<PurgeCounts> PurgeAsync()
    {
        await using var db = Context();
        return await new RetentionPurge(db, _clock).RunAsync(Window, CancellationToken.None);
    }

    [Test]
    public async Task Purge_deletes_what_was_removed_before_the_window_and_nothing_newer()
    {
        var old = await StoryAsync("Old removed story");
        var oldReply = await StoryAsync("Story with an old removed reply");
        await ActAsync((w, act) => w.RemoveAsync(act, PostKind.Story, old.StoryId, CancellationToken.None));
        await ActAsync((w, act) => w.RemoveAsync(act, PostKind.Reply, oldReply.ReplyId, CancellationToken.None));

        _clock.Advance(TimeSpan.FromDays(10));
        var recent = await StoryAsync("Recently removed story");
        await ActAsync((w, act) => w.RemoveAsync(act, PostKind.Story, recent.StoryId, CancellationToken.None));
        var kept = await StoryAsync("A story nobody removed");

        _clock.Advance(Window - TimeSpan.FromDays(10) + TimeSpan.FromMinutes(1));
        var counts = await PurgeAsync();

        counts.Stories.ShouldBe(1);
        counts.Replies.ShouldBe(1);
        await using var check = Context();
        (await check.Stories.AnyAsync(t => t.Id == old.StoryId)).ShouldBeFalse();
        (await check.Replies.AnyAsync(r => r.StoryId == old.StoryId)).ShouldBeFalse("a purged story takes its replies with it");
        (await check.Replies.AnyAsync(r => r.Id == oldReply.ReplyId)).ShouldBeFalse();
        (await check.Stories.Where(t => t.Id == oldReply.StoryId).Select(t => t.ReplyCount).SingleAsync()).ShouldBe(0);
        (await check.Stories.AnyAsync(t => t.Id == recent.StoryId)).ShouldBeTrue("removed 20 days ago: still inside the window");
        (await check.Stories.AnyAsync(t => t.Id == kept.StoryId)).ShouldBeTrue();
        (await check.Replies.AnyAsync(r => r.Id == kept.ReplyId)).ShouldBeTrue();

        var log = await check.ModerationLog.OrderBy(e => e.Id).ToListAsync();
        log.Select(e => e.Action).ShouldBe([ModerationActions.RemoveStory, ModerationActions.RemoveReply, ModerationActions.RemoveStory]);
        log.ShouldAllBe(e => !e.Reason.Contains("SECRET") && (e.Detail == null || !e.Detail.Contains("SECRET")));

        (await PurgeAsync()).ShouldBe(new PurgeCounts(0, 0, 0), "a second run finds nothing left");
    }
}
