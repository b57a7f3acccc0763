using Forum.Data.Seeding;
using Forum.Domain.Rendering;
using Forum.Domain.Stories;
using Microsoft.EntityFrameworkCore;

namespace Forum.Tools.Sample;

/// <summary>
/// Writes the sample stories, replies and reactions through the same writers as real posts, so counters, rendered
/// HTML and search vectors are exactly what the site would have made.
/// </summary>
internal sealed class SampleForum(ForumDbContext db, IPostRenderer renderer, TimeProvider clock, Forum.Domain.Safety.Risk.IRiskDetector risk)
{
    private static readonly string[] WriterKeys = SampleWriters.Names.Select(PseudonymNameKey.Of).ToArray();

    /// <summary>Stories and replies written by anyone but the sample writers and the seeded guidelines: people's posts.</summary>
    public async Task<int> CountRealPostsAsync(CancellationToken cancellationToken)
    {
        var guidelines = ForumSeeder.GuidelinesAuthorNameKey;
        var threads = await db.Stories.CountAsync(
            t => t.Author == null || (t.Author.NameKey != guidelines && !WriterKeys.Contains(t.Author.NameKey)), cancellationToken);
        var replies = await db.Replies.CountAsync(r => r.Author == null || !WriterKeys.Contains(r.Author.NameKey), cancellationToken);
        return threads + replies;
    }

    /// <summary>
    /// Writes whichever sample stories are not there yet, each with its replies and reactions. A run that was
    /// interrupted is finished by the next one; a complete sample is left alone.
    /// </summary>
    /// <remarks>
    /// The writers each commit their own transaction (and EF refuses a transaction inside another), so the run is
    /// made safe to repeat instead of being one transaction.
    /// </remarks>
    public async Task<SampleCounts> FillAsync(IReadOnlyList<SampleStory> stories, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var backdated = new BackdatedClock { Now = now };
        var storyWriter = new StoryWriter(db, renderer, backdated, WatchedPhrases.None, risk);
        var reactionWriter = new ReactionWriter(db, backdated);

        var writers = await WritersAsync(now - TimeSpan.FromDays(stories.Max(s => s.DaysAgo) + 1), cancellationToken);
        var rooms = await db.Rooms.AsNoTracking().Where(r => !r.IsArchived).ToDictionaryAsync(r => r.Slug, cancellationToken);
        var writerIds = writers.Values.Select(w => (Guid?)w.Id).ToList();
        var present = (await db.Stories.Where(t => writerIds.Contains(t.AuthorId))
            .Select(t => t.Title).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

        var counts = new SampleCounts();
        foreach (var story in stories.OrderByDescending(s => s.DaysAgo))
        {
            var title = SampleMarks.Title(story.Title);
            if (present.Contains(title) || !rooms.TryGetValue(story.Room, out var room)) continue;
            var warnings = WarningsFor(room.RequiresContentWarnings, story.Warnings, story.Room);

            var postedAt = now - TimeSpan.FromDays(story.DaysAgo);
            backdated.Now = postedAt;
            var thread = await storyWriter.StartStoryAsync(
                story.Room, title, SampleMarks.StoryBody(story.Body), warnings, writers[story.Writer], cancellationToken);
            counts.Stories++;
            counts.Reactions += await ReactAsync(reactionWriter, PostKind.Story, thread.Id, story.Writer, story.Familiar, writers, cancellationToken);

            foreach (var reply in story.Replies.OrderBy(r => r.HoursAfter))
            {
                // A reply is never dated after the run itself, whatever its story's age.
                backdated.Now = Min(postedAt + TimeSpan.FromHours(reply.HoursAfter), now);
                var replyWarnings = room.RequiresContentWarnings && (reply.Warnings?.IsEmpty ?? true) ? warnings : reply.Warnings ?? ContentWarningSet.None;
                var written = await storyWriter.AddReplyAsync(
                    thread.Id, SampleMarks.ReplyBody(reply.Body), replyWarnings, writers[reply.Writer], cancellationToken);
                counts.Replies++;
                counts.Reactions += await ReactAsync(reactionWriter, PostKind.Reply, written!.Id, reply.Writer, reply.Familiar, writers, cancellationToken);
            }
        }
        return counts;
    }

    /// <summary>
    /// The sample writers, made on the first run. They are the forum's own (CreateForTheForum): a random secret
    /// that was never given to anyone, so nobody can sign in as them.
    /// </summary>
    private async Task<Dictionary<int, Pseudonym>> WritersAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var existing = await db.Pseudonyms.Where(p => WriterKeys.Contains(p.NameKey)).ToDictionaryAsync(p => p.NameKey, cancellationToken);
        var writers = new Dictionary<int, Pseudonym>();
        for (var number = 1; number <= SampleWriters.Count; number++)
        {
            var name = SampleWriters.Name(number);
            if (!existing.TryGetValue(PseudonymNameKey.Of(name), out var writer))
            {
                writer = Pseudonym.CreateForTheForum(name, since);
                db.Pseudonyms.Add(writer);
            }
            writers[number] = writer;
        }
        await db.SaveChangesAsync(cancellationToken);
        return writers;
    }

    private static async Task<int> ReactAsync(
        ReactionWriter reactions, PostKind kind, long postId, int writer, int familiar, Dictionary<int, Pseudonym> writers, CancellationToken cancellationToken)
    {
        var added = 0;
        foreach (var from in SampleWriters.FamiliarFrom(writer, familiar))
        {
            await reactions.ReactAsync(kind, postId, writers[from], cancellationToken);
            added++;
        }
        return added;
    }

    /// <summary>
    /// A story's own warnings; in a room that asks every post for one (an admin can switch that on for any room), a
    /// story written without one gets a plain label naming the room's subject, so readers can still choose.
    /// </summary>
    private static ContentWarningSet WarningsFor(bool required, ContentWarningSet own, string room) =>
        !required || !own.IsEmpty ? own : ContentWarningSet.Of([], RoomSubjects.GetValueOrDefault(room, "difficult feelings"));

    private static readonly Dictionary<string, string> RoomSubjects = new(StringComparer.Ordinal)
    {
        ["anxiety"] = "anxiety and panic",
        ["depression"] = "low mood",
        ["addiction-recovery"] = "addiction and recovery",
        ["grief-loss"] = "grief and loss",
        ["relationships"] = "family and relationship strain",
        ["loneliness"] = "loneliness",
        ["general"] = "difficult feelings",
    };

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}

internal sealed class SampleCounts
{
    public int Stories { get; set; }
    public int Replies { get; set; }
    public int Reactions { get; set; }
}
