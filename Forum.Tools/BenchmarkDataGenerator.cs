using Forum.Data;
using System.Diagnostics;
using Forum.Data.Seeding;
using Forum.Domain.Pseudonyms;
using Forum.Domain.Rendering;
using Forum.Domain.Stories;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Forum.Tools;

/// <summary>
/// Fills a benchmark database with generated threads and replies through binary COPY. Its writers are marked by an
/// all-zero secret hash (no secret hashes to it, so nobody can ever write as them), which is also how it tells a
/// database it filled before from one that holds real people's posts.
/// </summary>
public sealed class BenchmarkDataGenerator(ForumDbContext db, IPostRenderer renderer, TimeProvider clock)
{
    public const int WriterCount = 2_000;
    private const int StoriesPerBatch = 2_000;
    private static readonly byte[] GeneratedMark = new byte[Pseudonym.SecretHashLength];

    /// <summary>Posts not written by this generator, other than the seeded guidelines.</summary>
    public async Task<long> CountOtherPostsAsync(CancellationToken cancellationToken)
    {
        var guidelines = PseudonymNameKey.Of(CommunityGuidelines.AuthorName);
        var mark = GeneratedMark;
        var threads = await db.Stories.CountAsync(t => t.Author == null || (t.Author.SecretHash != mark && t.Author.NameKey != guidelines), cancellationToken);
        var replies = await db.Replies.CountAsync(r => r.Author == null || r.Author.SecretHash != mark, cancellationToken);
        return threads + (long)replies;
    }

    /// <param name="roomSlug">Every thread in this room; null spreads them over the open rooms.</param>
    public async Task RunAsync(int storyCount, int repliesPerStory, int seed, Action<string> report, CancellationToken cancellationToken = default, string? roomSlug = null)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        var rooms = await db.Rooms.Where(r => !r.IsArchived && (roomSlug == null || r.Slug == roomSlug)).Select(r => r.Id).ToListAsync(cancellationToken);
        if (rooms.Count == 0) throw new InvalidOperationException($"There is no open room \"{roomSlug}\" to generate threads in.");
        var writers = await WritersAsync(connection, cancellationToken);
        var firstId = await db.Stories.MaxAsync(t => (long?)t.Id, cancellationToken) ?? 0;
        var now = clock.GetUtcNow();
        var stopwatch = Stopwatch.StartNew();

        for (var start = 0; start < storyCount; start += StoriesPerBatch)
        {
            var count = Math.Min(StoriesPerBatch, storyCount - start);
            var text = new SampleText(seed + start);
            var random = new Random(seed + start);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var threads = new List<(long Id, DateTimeOffset CreatedAt)>(count);
            await using (var copy = await connection.BeginBinaryImportAsync(
                "COPY threads (id, room_id, author_id, title, slug, body_source, body_html, render_version, created_at, last_activity_at) FROM STDIN (FORMAT BINARY)",
                cancellationToken))
            {
                for (var i = 0; i < count; i++)
                {
                    var id = firstId + start + i + 1;
                    // Spread over two years, oldest first, so ids and dates rise together as they would.
                    var createdAt = now.AddMinutes(-(storyCount - start - i) * (2.0 * 365 * 24 * 60 / storyCount));
                    var title = text.Title();
                    var body = renderer.Render(text.Story());
                    var lastActivity = createdAt.AddMinutes(repliesPerStory * 37);
                    await copy.StartRowAsync(cancellationToken);
                    await copy.WriteAsync(id, NpgsqlDbType.Bigint, cancellationToken);
                    await copy.WriteAsync(rooms[random.Next(rooms.Count)], NpgsqlDbType.Integer, cancellationToken);
                    await copy.WriteAsync(writers[random.Next(writers.Count)], NpgsqlDbType.Uuid, cancellationToken);
                    await copy.WriteAsync(title, NpgsqlDbType.Varchar, cancellationToken);
                    await copy.WriteAsync(Slug.From(title), NpgsqlDbType.Varchar, cancellationToken);
                    await copy.WriteAsync(body.Source, NpgsqlDbType.Text, cancellationToken);
                    await copy.WriteAsync(body.Html, NpgsqlDbType.Text, cancellationToken);
                    await copy.WriteAsync(body.RenderVersion, NpgsqlDbType.Integer, cancellationToken);
                    await copy.WriteAsync(createdAt, NpgsqlDbType.TimestampTz, cancellationToken);
                    await copy.WriteAsync(repliesPerStory > 0 ? lastActivity : createdAt, NpgsqlDbType.TimestampTz, cancellationToken);
                    threads.Add((id, createdAt));
                }
                await copy.CompleteAsync(cancellationToken);
            }
            // The replies' COPY counts them on their stories (the trigger of migrations/0018), once per story.
            if (repliesPerStory > 0)
            {
                await using var copy = await connection.BeginBinaryImportAsync(
                    "COPY replies (thread_id, author_id, body_source, body_html, render_version, created_at) FROM STDIN (FORMAT BINARY)", cancellationToken);
                foreach (var (storyId, createdAt) in threads)
                    for (var r = 1; r <= repliesPerStory; r++)
                    {
                        var body = renderer.Render(text.Reply());
                        await copy.StartRowAsync(cancellationToken);
                        await copy.WriteAsync(storyId, NpgsqlDbType.Bigint, cancellationToken);
                        await copy.WriteAsync(writers[random.Next(writers.Count)], NpgsqlDbType.Uuid, cancellationToken);
                        await copy.WriteAsync(body.Source, NpgsqlDbType.Text, cancellationToken);
                        await copy.WriteAsync(body.Html, NpgsqlDbType.Text, cancellationToken);
                        await copy.WriteAsync(body.RenderVersion, NpgsqlDbType.Integer, cancellationToken);
                        await copy.WriteAsync(createdAt.AddMinutes(r * 37), NpgsqlDbType.TimestampTz, cancellationToken);
                    }
                await copy.CompleteAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            var done = start + count;
            report($"{done:N0} of {storyCount:N0} threads ({done * (1L + repliesPerStory):N0} posts), {stopwatch.Elapsed.TotalSeconds:N0} s");
        }
        // Ids were chosen here, so the identity must learn where they ended before anyone writes a real thread.
        await db.Database.ExecuteSqlRawAsync("SELECT setval(pg_get_serial_sequence('threads', 'id'), (SELECT max(id) FROM threads))", cancellationToken);
        await db.Database.ExecuteSqlRawAsync("ANALYZE threads; ANALYZE replies;", cancellationToken);
    }

    /// <summary>The generated writers, made once and reused by later runs.</summary>
    private async Task<List<Guid>> WritersAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var mark = GeneratedMark;
        var existing = await db.Pseudonyms.Where(p => p.SecretHash == mark).Select(p => p.Id).ToListAsync(cancellationToken);
        if (existing.Count > 0) return existing;

        var taken = new HashSet<string>();
        var writers = new List<Guid>(WriterCount);
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY pseudonyms (id, name, name_key, secret_hash, created_at) FROM STDIN (FORMAT BINARY)", cancellationToken);
        while (writers.Count < WriterCount)
        {
            var name = PseudonymNameGenerator.Next();
            var key = PseudonymNameKey.Of(name);
            if (!taken.Add(key)) continue;
            var id = Guid.NewGuid();
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(id, NpgsqlDbType.Uuid, cancellationToken);
            await copy.WriteAsync(name, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(key, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(mark, NpgsqlDbType.Bytea, cancellationToken);
            await copy.WriteAsync(clock.GetUtcNow(), NpgsqlDbType.TimestampTz, cancellationToken);
            writers.Add(id);
        }
        await copy.CompleteAsync(cancellationToken);
        return writers;
    }
}
