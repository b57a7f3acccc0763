using Microsoft.Extensions.Time.Testing;
using Forum.Data.Writing;
using Forum.Domain.Stories;

namespace Forum.Tests.Database;

/// <summary>A title whose slug lands exactly on the column's limit is stored, not refused by PostgreSQL.</summary>
[Category("Database")]
public sealed class SlugStorageTests
{
    [TestCase(78)]
    [TestCase(79)]
    [TestCase(80)]
    public async Task A_title_with_a_word_break_at_the_column_limit_is_stored(int lettersBefore)
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        await using var db = TestPostgres.CreateContext(connectionString);
        var clock = new FakeTimeProvider(Builders.Now);
        var author = Pseudonym.Create(PseudonymNameGenerator.Next(), PseudonymSecret.New(), clock.GetUtcNow());
        var title = new string('a', lettersBefore) + " bee story";

        var thread = await new StoryWriter(db, new MarkdownPostRenderer(), clock, WatchedPhrases.None, Builders.NoRisk)
            .StartStoryAsync("anxiety", title, "Words.", ContentWarningSet.None, author, CancellationToken.None);

        thread.Slug.Length.ShouldBeLessThanOrEqualTo(Slug.MaxLength);
    }
}
