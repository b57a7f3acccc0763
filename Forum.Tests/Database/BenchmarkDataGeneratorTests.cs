using Forum.Tools;
using Microsoft.Extensions.Time.Testing;
using Forum.Data.Reading.Search;
using Forum.Data.Writing;
using Microsoft.EntityFrameworkCore;

namespace Forum.Tests.Database;

[Category("Database")]
public sealed class BenchmarkDataGeneratorTests
{
    [Test]
    public async Task Generates_threads_and_replies_that_render_search_and_leave_room_for_real_posts()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        var clock = new FakeTimeProvider(Builders.Now);
        var renderer = new MarkdownPostRenderer();
        await using (var db = TestPostgres.CreateContext(connectionString))
        {
            var generator = new BenchmarkDataGenerator(db, renderer, clock);
            (await generator.CountOtherPostsAsync(CancellationToken.None)).ShouldBe(0, "the seeded guidelines are not someone's post");
            var lines = new List<string>();
            await generator.RunAsync(storyCount: 30, repliesPerStory: 4, seed: 1, lines.Add);
            lines.Last().ShouldContain("30 of 30 threads (150 posts)");
            (await generator.CountOtherPostsAsync(CancellationToken.None)).ShouldBe(0);
        }

        await using var check = TestPostgres.CreateContext(connectionString);
        (await check.Stories.CountAsync()).ShouldBe(31);
        (await check.Replies.CountAsync()).ShouldBe(120);
        var threads = await check.Stories.Where(t => t.ReplyCount == 4).ToListAsync();
        threads.Count.ShouldBe(30);
        threads.Select(t => t.Title).Distinct().Count().ShouldBeGreaterThan(20, "titles vary");
        foreach (var thread in threads.Take(5))
        {
            thread.BodyHtml.ShouldBe(renderer.Render(thread.BodySource).Html);
            (await check.Replies.CountAsync(r => r.StoryId == thread.Id)).ShouldBe(4);
            thread.LastActivityAt.ShouldBeGreaterThan(thread.CreatedAt);
        }

        var results = await new SearchReader(check).SearchAsync(new SearchRequest("feel", null, 1), CancellationToken.None);
        results.Results.ShouldNotBeEmpty();

        // The identity continues after the ids the generator chose, and a real post makes the database "not generated".
        var writer = new StoryWriter(check, renderer, clock, WatchedPhrases.None, Builders.NoRisk);
        await writer.StartStoryAsync("general", "A real story", "Real words.", Forum.Domain.Safety.ContentWarningSet.None, Pseudonym.Create("Real Person 1", PseudonymSecret.New(), clock.GetUtcNow()), CancellationToken.None);
        (await new BenchmarkDataGenerator(check, renderer, clock).CountOtherPostsAsync(CancellationToken.None)).ShouldBe(1);
    }

    [Test]
    public void Sample_text_is_varied_and_deterministic()
    {
        var first = new SampleText(3);
        var again = new SampleText(3);
        var stories = Enumerable.Range(0, 200).Select(_ => first.Story()).ToList();
        Enumerable.Range(0, 200).Select(_ => again.Story()).ShouldBe(stories);
        stories.Distinct().Count().ShouldBe(200);
        stories.Count(s => SampleText.RareWords.Any(s.Contains)).ShouldBeLessThan(20, "rare words stay rare");
    }
}
