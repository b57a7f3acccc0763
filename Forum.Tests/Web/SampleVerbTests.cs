using Forum.Data;
using Forum.Data.Writing;
using Forum.Tools.Sample;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Forum.Tests.Web;

/// <summary>
/// `sample` (in Forum.Tools): a Development database gets the marked sample stories once; anywhere else, or beside people's posts,
/// it refuses and writes nothing. Each test has its own app and database, since each needs a different start.
/// </summary>
[Category("Web")]
public sealed class SampleVerbTests
{
    private ForumWebFactory _factory = null!;

    [SetUp]
    public async Task StartApp() => _factory = await ForumWebFactory.CreateAsync();

    [TearDown]
    public async Task StopApp()
    {
        await _factory.DisposeAsync();
        using var connection = new NpgsqlConnection(_factory.ConnectionString);
        NpgsqlConnection.ClearPool(connection);
    }

    private ForumDbContext Db() => TestPostgres.CreateContext(_factory.ConnectionString);

    private async Task<(int Exit, string Output, string Error)> RunAsync(string environment)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = await SampleVerb.RunAsync(_factory.Services, _factory.ConnectionString, environment, [], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static readonly string[] WriterKeys = SampleWriters.Names.Select(PseudonymNameKey.Of).ToArray();

    [Test]
    public async Task Fills_an_empty_development_database_with_marked_stories_replies_and_reactions()
    {
        // An admin can ask any room for warnings; Anxiety's samples carry none of their own, so this is the hard case.
        await TestPostgres.ExecuteAsync(_factory.ConnectionString, "UPDATE rooms SET requires_content_warnings = true WHERE slug IN ('anxiety', 'grief-loss')");

        var (exit, output, error) = await RunAsync("Development");

        exit.ShouldBe(0, error);
        output.ShouldContain($"Added {SampleStories.All.Count} sample stories");
        await using var db = Db();
        var stories = await db.Stories.Include(t => t.Room).Include(t => t.Author).Where(t => WriterKeys.Contains(t.Author!.NameKey)).ToListAsync();
        var replies = await db.Replies.Include(r => r.Author).Where(r => WriterKeys.Contains(r.Author!.NameKey)).ToListAsync();
        stories.Count.ShouldBe(SampleStories.All.Count);
        stories.Count.ShouldBeInRange(24, 36);
        replies.Count.ShouldBe(SampleStories.All.Sum(s => s.Replies.Count));
        replies.Count.ShouldBeInRange(40, 80);
        (await db.Replies.CountAsync()).ShouldBe(replies.Count, "every reply is a sample's");
        (await db.Reactions.CountAsync()).ShouldBe(SampleStories.All.Sum(s => s.Familiar + s.Replies.Sum(r => r.Familiar)));
        stories.Select(s => s.Room!.Slug).Distinct().Count().ShouldBe(7, "every room has stories");

        foreach (var story in stories)
        {
            story.Title.ShouldStartWith(SampleMarks.TitlePrefix);
            story.BodySource.ShouldEndWith(SampleMarks.StoryLine);
            story.BodyHtml.ShouldContain("It isn't a real person's story.");
            if (story.Room!.RequiresContentWarnings) story.Warnings.IsEmpty.ShouldBeFalse(story.Title);
            story.ReplyCount.ShouldBe(replies.Count(r => r.StoryId == story.Id), story.Title);
            story.FamiliarCount.ShouldBe(await db.Reactions.CountAsync(r => r.PostKind == Forum.Domain.Stories.PostKind.Story && r.PostId == story.Id), story.Title);
        }
        foreach (var reply in replies)
        {
            reply.BodySource.ShouldEndWith(SampleMarks.ReplyLine);
            reply.FamiliarCount.ShouldBe(await db.Reactions.CountAsync(r => r.PostKind == Forum.Domain.Stories.PostKind.Reply && r.PostId == reply.Id));
            if (stories.Single(s => s.Id == reply.StoryId).Room!.RequiresContentWarnings) reply.Warnings.IsEmpty.ShouldBeFalse();
        }
        stories.Where(s => s.Room!.Slug == "grief-loss").ShouldContain(s => s.Warnings.Categories.Contains(ContentWarning.DeathAndGrief), "a story's own warning is kept");

        // Spread over past weeks by the clock the app was given, never in its future.
        var now = _factory.Clock.GetUtcNow();
        stories.Min(s => s.CreatedAt).ShouldBeLessThan(now - TimeSpan.FromDays(28));
        stories.Max(s => s.LastActivityAt).ShouldBeLessThanOrEqualTo(now);
        stories.ShouldAllBe(s => s.LastActivityAt >= s.CreatedAt);

        // Searchable like any post: the writers filled the search vector.
        (await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM threads WHERE search_vector @@ plainto_tsquery('english', 'supermarket')").SingleAsync()).ShouldBe(1);
    }

    [Test]
    public async Task Running_it_twice_adds_nothing_and_says_the_samples_are_already_there()
    {
        (await RunAsync("Development")).Exit.ShouldBe(0);
        var before = await DatabaseSnapshot.TakeAsync(_factory.ConnectionString);

        var (exit, output, _) = await RunAsync("Development");

        exit.ShouldBe(0);
        output.ShouldContain("already there");
        (await DatabaseSnapshot.TakeAsync(_factory.ConnectionString)).ShouldBe(before);
    }

    [TestCase("Production")]
    [TestCase("Staging")]
    public async Task Refuses_outside_development_in_one_line_and_writes_nothing(string environment)
    {
        var before = await DatabaseSnapshot.TakeAsync(_factory.ConnectionString);

        var (exit, output, error) = await RunAsync(environment);

        exit.ShouldBe(SampleVerb.Refused);
        output.ShouldBeEmpty();
        error.TrimEnd().ShouldNotContain('\n');
        error.ShouldContain($"only runs in Development, and this is {environment}");
        (await DatabaseSnapshot.TakeAsync(_factory.ConnectionString)).ShouldBe(before);
    }

    [Test]
    public async Task Refuses_a_database_with_a_real_post_and_writes_nothing()
    {
        await using (var db = Db())
        {
            var writer = new StoryWriter(db, new MarkdownPostRenderer(), _factory.Clock, WatchedPhrases.None, Builders.NoRisk);
            await writer.StartStoryAsync("general", "My first week here", "Someone's real words.", ContentWarningSet.None,
                Pseudonym.Create("Quiet Fern 12", PseudonymSecret.New(), _factory.Clock.GetUtcNow()), CancellationToken.None);
        }
        var before = await DatabaseSnapshot.TakeAsync(_factory.ConnectionString);

        var (exit, output, error) = await RunAsync("Development");

        exit.ShouldBe(SampleVerb.Refused);
        output.ShouldBeEmpty();
        error.ShouldContain("holds a post written by people");
        (await DatabaseSnapshot.TakeAsync(_factory.ConnectionString)).ShouldBe(before);
    }
}
