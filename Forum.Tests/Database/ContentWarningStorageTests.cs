using Microsoft.Extensions.Time.Testing;
using Forum.Data.Reading;
using Forum.Data.Writing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Forum.Tests.Database;

[Category("Database")]
public sealed class ContentWarningStorageTests
{
    private string _connectionString = "";

    [SetUp]
    public async Task CreateDatabase() => _connectionString = await TestPostgres.CreateDatabaseAsync();

    private async Task<long> StartAsync(string title, ContentWarningSet warnings)
    {
        await using var db = TestPostgres.CreateContext(_connectionString);
        var writer = new StoryWriter(db, new MarkdownPostRenderer(), new FakeTimeProvider(Builders.Now), WatchedPhrases.None, Builders.NoRisk);
        var author = Pseudonym.Create(PseudonymNameGenerator.Next(), PseudonymSecret.New(), DateTimeOffset.UtcNow);
        return (await writer.StartStoryAsync("anxiety", title, "Words.", warnings, author, CancellationToken.None)).Id;
    }

    [Test]
    public async Task Warnings_round_trip_and_a_moderators_addition_is_saved()
    {
        var id = await StartAsync("Warned", ContentWarningSet.FromCodes(["relapse"], "hospital"));
        await using (var db = TestPostgres.CreateContext(_connectionString))
        {
            var thread = await db.Stories.SingleAsync(t => t.Id == id);
            thread.Warnings.Names.ShouldBe(["Relapse", "hospital"]);
            thread.AddContentWarnings(ContentWarningSet.FromCodes(["suicide"]));
            await db.SaveChangesAsync();
        }
        await using (var db = TestPostgres.CreateContext(_connectionString))
            (await db.Stories.SingleAsync(t => t.Id == id)).ContentWarnings.ShouldBe(["suicide", "relapse", "other"]);
    }

    [Test]
    public async Task Lists_can_leave_out_warned_stories()
    {
        var plain = await StartAsync("Plain", ContentWarningSet.None);
        var warned = await StartAsync("Warned", ContentWarningSet.FromCodes(["suicide"]));

        await using var db = TestPostgres.CreateContext(_connectionString);
        var ids = await db.Stories.WithoutContentWarnings().Select(t => t.Id).ToListAsync();
        ids.ShouldContain(plain);
        ids.ShouldNotContain(warned);
    }

    [TestCase("ARRAY['not-a-kind']", "NULL")]
    [TestCase("ARRAY['other']", "NULL")]
    [TestCase("ARRAY['suicide']", "'a label without other'")]
    public async Task The_database_refuses_warnings_the_forum_does_not_know(string codes, string label)
    {
        var id = await StartAsync("Plain", ContentWarningSet.None);
        await Should.ThrowAsync<PostgresException>(() => TestPostgres.ExecuteAsync(_connectionString,
            $"UPDATE threads SET content_warnings = {codes}, content_warning_label = {label} WHERE id = {id}"));
    }
}
