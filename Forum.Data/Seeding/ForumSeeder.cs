using Forum.Data.Writing;
using Microsoft.EntityFrameworkCore;

namespace Forum.Data.Seeding;

/// <summary>
/// Puts the community guidelines in place once. The rooms come from migrations/0002_rooms.sql; the guidelines
/// are written here because their HTML must come from the same renderer as every other post.
/// </summary>
public sealed class ForumSeeder(ForumDbContext db, StoryWriter writer, TimeProvider clock)
{
    /// <summary>The guidelines' writer, for tools that must tell seeded content from people's posts.</summary>
    public static string GuidelinesAuthorNameKey { get; } = PseudonymNameKey.Of(CommunityGuidelines.AuthorName);

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var guidelinesKey = PseudonymNameKey.Of(CommunityGuidelines.AuthorName);
        if (await db.Pseudonyms.AnyAsync(p => p.NameKey == guidelinesKey, cancellationToken)) return;

        // Nobody keeps this secret: the guidelines' author cannot be signed in as, by anyone.
        var author = Pseudonym.CreateForTheForum(CommunityGuidelines.AuthorName, clock.GetUtcNow());
        Story thread = await writer.StartStoryAsync("general", CommunityGuidelines.Title, CommunityGuidelines.Body, ContentWarningSet.None, author, cancellationToken);
        thread.Pin();
        thread.Lock("The guidelines are kept short and in one place. Questions about them are welcome as a new thread in General.");
        await db.SaveChangesAsync(cancellationToken);
    }
}
