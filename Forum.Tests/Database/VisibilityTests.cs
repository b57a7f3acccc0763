using Forum.Data;
using Forum.Data.Moderation;
using Forum.Data.Reading;
using Forum.Data.Reading.Feeds;
using Forum.Data.Reading.Search;
using Forum.Data.Writing;
using Forum.Domain.Reactions;
using Microsoft.EntityFrameworkCore;

namespace Forum.Tests.Database;

/// <summary>
/// Every reader against every way a post can be hidden (see PostVisibility). Each story carries a word of its own,
/// so search, lists, feeds and the inbox can each be asked whether that one story leaks.
/// </summary>
[Category("Database")]
public sealed class VisibilityTests
{
    public enum Hiding { Held, Removed, DeletedByWriter }

    private const string Room = "anxiety";
    private string _connectionString = "";
    private Pseudonym _writer = null!;

    [SetUp]
    public async Task CreateDatabase()
    {
        _connectionString = await TestPostgres.CreateDatabaseAsync();
        _writer = Pseudonym.Create(PseudonymNameGenerator.Next(), PseudonymSecret.New(), TimeProvider.System.GetUtcNow());
    }

    private ForumDbContext Context() => TestPostgres.CreateContext(_connectionString);

    private static StoryWriter Writer(ForumDbContext db) => new(db, new MarkdownPostRenderer(), TimeProvider.System, WatchedPhrases.None, Builders.NoRisk);

    /// <returns>The story's id and the id of a reply someone else wrote to it.</returns>
    private async Task<(long Story, long Reply)> StoryAsync(string word)
    {
        await using var db = Context();
        if (await db.Pseudonyms.FindAsync(_writer.Id) is { } known) _writer = known;
        var story = await Writer(db).StartStoryAsync(Room, $"A story about {word}", $"Tonight was about {word}.", ContentWarningSet.None, _writer, CancellationToken.None);
        var replier = Pseudonym.Create(PseudonymNameGenerator.Next(), PseudonymSecret.New(), TimeProvider.System.GetUtcNow());
        var reply = await Writer(db).AddReplyAsync(story.Id, $"I know {word} too.", ContentWarningSet.None, replier, CancellationToken.None);
        return (story.Id, reply!.Id);
    }

    /// <summary>The state as the database holds it, set directly, so these tests depend on no writer's rules.</summary>
    private async Task HideAsync(string table, long id, Hiding hiding)
    {
        var set = hiding switch
        {
            Hiding.Held => "held_at = now()",
            Hiding.Removed => "removed_at = now(), removal_reason = 'Breaks the guidelines'",
            _ => table == "threads" ? "deleted_at = now(), title = '', slug = 'removed', body_source = '', body_html = ''" : "deleted_at = now(), body_source = '', body_html = ''",
        };
        await TestPostgres.ExecuteAsync(_connectionString, $"UPDATE {table} SET {set} WHERE id = {id}");
    }

    private async Task<bool> SearchFindsAsync(string word)
    {
        await using var db = Context();
        var results = await new SearchReader(db).SearchAsync(new SearchRequest(word, null, 1), CancellationToken.None);
        return results.Results.Count > 0;
    }

    /// <summary>
    /// PostVisibility's reader-aware rules run two ways, inlined into SQL and on a loaded post: they must agree, and say
    /// what the docs say (a held story shows to its writer only; a deleted one keeps its page but opens no door).
    /// </summary>
    [TestCase(Hiding.Held)]
    [TestCase(Hiding.Removed)]
    [TestCase(Hiding.DeletedByWriter)]
    public async Task The_reader_aware_rules_say_the_same_in_sql_and_on_a_loaded_post(Hiding hiding)
    {
        var (storyId, replyId) = await StoryAsync("semaphores");
        await HideAsync("threads", storyId, hiding);
        await HideAsync("replies", replyId, hiding);

        await using var db = Context();
        var story = await db.Stories.AsNoTracking().SingleAsync(t => t.Id == storyId);
        var reply = await db.Replies.AsNoTracking().Include(r => r.Story).SingleAsync(r => r.Id == replyId);
        foreach (var reader in new Guid?[] { null, _writer.Id, Guid.NewGuid(), reply.AuthorId })
        {
            (await db.Stories.VisibleTo(reader).AnyAsync(t => t.Id == storyId)).ShouldBe(story.IsVisibleTo(reader));
            (await db.Stories.OpenTo(reader).AnyAsync(t => t.Id == storyId)).ShouldBe(story.IsOpenTo(reader));
            (await db.Replies.OpenTo(reader).AnyAsync(r => r.Id == replyId)).ShouldBe(reply.IsOpenTo(reader));
            (await db.Replies.InPlaceFor(reader).AnyAsync(r => r.Id == replyId)).ShouldBe(reply.IsInPlaceFor(reader));
        }
        story.IsVisibleTo(_writer.Id).ShouldBe(hiding is Hiding.Held or Hiding.DeletedByWriter);
        story.IsVisibleTo(Guid.NewGuid()).ShouldBe(hiding == Hiding.DeletedByWriter, "a deleted story keeps its page for the replies others wrote");
        story.IsOpenTo(_writer.Id).ShouldBe(hiding == Hiding.Held, "a writer may still act on their own held story");
        story.IsOpenTo(null).ShouldBeFalse();
        reply.IsOpenTo(null).ShouldBeFalse();
        reply.IsInPlaceFor(null).ShouldBe(hiding != Hiding.Held, "a removed or deleted reply leaves a notice; a held one is not there");
    }

    [TestCase(Hiding.Held)]
    [TestCase(Hiding.Removed)]
    [TestCase(Hiding.DeletedByWriter)]
    public async Task A_hidden_story_is_in_no_list_feed_or_search(Hiding hiding)
    {
        var shown = await StoryAsync("lighthouses");
        var hidden = await StoryAsync("marmalade");
        await HideAsync("threads", hidden.Story, hiding);

        await using var db = Context();
        var reader = new ForumReader(db);
        var home = await reader.HomeAsync(CancellationToken.None);
        ShowsOnlyTheShownOne(home.Latest.Select(t => t.Id), shown.Story, hidden.Story);
        ShowsOnlyTheShownOne(home.Rooms.Single(r => r.Room.Slug == Room).Latest.Select(t => t.Id), shown.Story, hidden.Story);
        ShowsOnlyTheShownOne((await reader.RoomAsync(Room, null, CancellationToken.None))!.Stories.Items.Select(t => t.Id), shown.Story, hidden.Story);
        ShowsOnlyTheShownOne((await new FeedReader(db).ForumAsync(CancellationToken.None)).Entries.Select(e => e.Id), shown.Story, hidden.Story);
        ShowsOnlyTheShownOne((await new FeedReader(db).RoomAsync(Room, CancellationToken.None))!.Entries.Select(e => e.Id), shown.Story, hidden.Story);
        (await SearchFindsAsync("lighthouses")).ShouldBeTrue("the search itself works");
        (await SearchFindsAsync("marmalade")).ShouldBeFalse("neither the story nor its reply is found");
    }

    /// <summary>The seeded guidelines may be listed too; what matters is that one story shows and the other doesn't.</summary>
    private static void ShowsOnlyTheShownOne(IEnumerable<long> listed, long shown, long hidden)
    {
        var ids = listed.ToList();
        ids.ShouldContain(shown);
        ids.ShouldNotContain(hidden);
    }

    [TestCase(Hiding.Held, false)]
    [TestCase(Hiding.Removed, false)]
    [TestCase(Hiding.DeletedByWriter, true)]
    public async Task A_hidden_story_page_is_readable_only_when_its_writer_deleted_it_for_the_replies(Hiding hiding, bool readable)
    {
        var hidden = await StoryAsync("marmalade");
        await HideAsync("threads", hidden.Story, hiding);

        await using var db = Context();
        var page = await new ForumReader(db).StoryAsync(hidden.Story, null, readerId: null, CancellationToken.None);
        (page is not null).ShouldBe(readable);
        if (page is not null) page.Story.Post.AuthorName.ShouldBeNull("a deleted story no longer names its writer");
        // Its page stays for the replies, but its words are gone: there is nothing of it to report, so no door opens.
        (await new ReportWriter(db, TimeProvider.System).ReportablePostAsync(PostKind.Story, hidden.Story, CancellationToken.None)).ShouldBeNull();
    }

    [Test]
    public async Task A_held_story_is_shown_to_its_own_writer_and_nobody_else()
    {
        var hidden = await StoryAsync("marmalade");
        await HideAsync("threads", hidden.Story, Hiding.Held);
        var stranger = Guid.NewGuid();

        await using var db = Context();
        var reader = new ForumReader(db);
        (await reader.StoryAsync(hidden.Story, null, _writer.Id, CancellationToken.None))!.Story.IsHeld.ShouldBeTrue();
        (await reader.StoryAsync(hidden.Story, null, stranger, CancellationToken.None)).ShouldBeNull();
    }

    [TestCase(Hiding.Held)]
    [TestCase(Hiding.Removed)]
    [TestCase(Hiding.DeletedByWriter)]
    public async Task A_hidden_reply_is_not_in_the_story_writers_inbox_nor_counted_in_the_header(Hiding hiding)
    {
        var story = await StoryAsync("lighthouses");
        await HideAsync("replies", story.Reply, hiding);

        await using var db = Context();
        var me = new MeReader(db);
        (await me.InboxAsync([_writer.Id], CancellationToken.None)).Items.ShouldBeEmpty();
        (await me.UnreadCountAsync([_writer.Id], CancellationToken.None)).ShouldBe(0);
    }

    [Test]
    public async Task A_listed_reply_is_in_the_inbox_so_the_hidden_cases_above_can_fail()
    {
        var story = await StoryAsync("lighthouses");

        await using var db = Context();
        var me = new MeReader(db);
        (await me.InboxAsync([_writer.Id], CancellationToken.None)).Items.Select(i => i.ReplyId).ShouldBe([story.Reply]);
        (await me.UnreadCountAsync([_writer.Id], CancellationToken.None)).ShouldBe(1);
    }

    [TestCase(Hiding.Held, false)]
    [TestCase(Hiding.Removed, true)]
    [TestCase(Hiding.DeletedByWriter, true)]
    public async Task On_the_story_page_a_hidden_reply_is_absent_or_leaves_a_notice(Hiding hiding, bool leavesNotice)
    {
        var story = await StoryAsync("lighthouses");
        await HideAsync("replies", story.Reply, hiding);

        await using var db = Context();
        var page = (await new ForumReader(db).StoryAsync(story.Story, null, readerId: null, CancellationToken.None))!;
        var reply = page.Replies.Items.SingleOrDefault(r => r.Id == story.Reply);
        (reply is not null).ShouldBe(leavesNotice);
        if (reply is not null) reply.BodyHtml.ShouldBeEmpty();
        (await SearchFindsAsync("lighthouses")).ShouldBeTrue("the story itself still matches");
        await using var check = Context();
        var results = await new SearchReader(check).SearchAsync(new SearchRequest("lighthouses", null, 1), CancellationToken.None);
        results.Results.Single().MatchingPosts.ShouldBe(1, "only the story matches, not the hidden reply");
    }

    [Test]
    public async Task A_burned_writers_story_stays_everywhere_without_a_name()
    {
        var story = await StoryAsync("lighthouses");
        await TestPostgres.ExecuteAsync(_connectionString, $"DELETE FROM pseudonyms WHERE id = '{_writer.Id}'");

        await using var db = Context();
        var reader = new ForumReader(db);
        var listed = (await reader.HomeAsync(CancellationToken.None)).Latest.Single(t => t.Id == story.Story);
        listed.AuthorName.ShouldBeNull();
        (await reader.StoryAsync(story.Story, null, null, CancellationToken.None))!.Story.Post.AuthorName.ShouldBeNull();
        (await new FeedReader(db).ForumAsync(CancellationToken.None)).Entries.Single(e => e.Id == story.Story).AuthorName.ShouldBeNull();
        (await SearchFindsAsync("lighthouses")).ShouldBeTrue();
    }
}
