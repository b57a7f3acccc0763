using Microsoft.Extensions.Time.Testing;
using Forum.Data.Writing;
using Microsoft.EntityFrameworkCore;

namespace Forum.Tests.Database;

/// <summary>Posts that dress up a watched phrase are held all the same, and a title keeps no bidi controls.</summary>
[Category("Database")]
public sealed class WatchedPhraseHoldingTests
{
    [TestCase("Buy cheap&#32;pills today")]
    [TestCase("Buy cheap **pills** today")]
    [TestCase("Buy che\u00ADap pi\u200Blls today")]
    [TestCase("Buy сheap рills today")]
    [TestCase("Buy [cheap pills](https://example.com) today")]
    public async Task A_story_with_a_dressed_up_phrase_waits_for_a_moderator(string body)
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        await using var db = TestPostgres.CreateContext(connectionString);
        var clock = new FakeTimeProvider(Builders.Now);
        var author = Pseudonym.Create(PseudonymNameGenerator.Next(), PseudonymSecret.New(), clock.GetUtcNow());
        var writer = new StoryWriter(db, new MarkdownPostRenderer(), clock, new WatchedPhrases(["cheap pills"]), Builders.NoRisk);

        var thread = await writer.StartStoryAsync("anxiety", "A \u202Enormal\u202C title", body, ContentWarningSet.None, author, CancellationToken.None);

        await using var check = TestPostgres.CreateContext(connectionString);
        var stored = await check.Stories.SingleAsync(t => t.Id == thread.Id);
        stored.IsHeld.ShouldBeTrue();
        stored.Title.ShouldBe("A normal title");
    }
}
