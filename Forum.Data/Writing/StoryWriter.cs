using System.Globalization;
using Forum.Data.Reading;
using Forum.Domain.Rendering;
using Forum.Domain.Safety.Risk;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Forum.Data.Writing;

/// <summary>
/// Publishes stories and replies. Each call is one transaction: a pseudonym minted for the occasion, the
/// post, and the thread's counters are written together or not at all (a reply's count and activity by the
/// database's trigger, migrations/0018 and 0028). A post with a watched phrase is held
/// for review instead of published, and one whose words may mean its writer is at risk carries the risk detector's
/// band (<see cref="Post.NoteRisk"/>), which puts it in front of the moderators; the same text sent twice in a row by one pseudonym within a few minutes
/// (a double click, a resend) is kept once.
/// </summary>
public sealed class StoryWriter(ForumDbContext db, IPostRenderer renderer, TimeProvider clock, WatchedPhrases watched, IRiskDetector risk)
{
    public static readonly TimeSpan RepeatWindow = TimeSpan.FromMinutes(5);

    /// <param name="submissionKey">The composer form's key: the same form sent again, even at the same instant, gets the post the first send wrote.</param>
    public async Task<Story> StartStoryAsync(
        string roomSlug, string title, string body, ContentWarningSet warnings, Pseudonym author, CancellationToken cancellationToken,
        Guid? submissionKey = null)
    {
        if (await SubmittedAsync(db.Stories, submissionKey, cancellationToken) is { } sent) return sent;
        var room = await db.Rooms.SingleOrDefaultAsync(r => r.Slug == roomSlug, cancellationToken)
                   ?? throw new DomainRuleException("That room doesn't exist any more. Choose another one for your story.");
        var now = clock.GetUtcNow();
        var thread = Story.Start(room, author, title, renderer.Render(body), now, warnings, submissionKey);
        if (await RepeatedStoryAsync(author, thread, now, cancellationToken) is { } earlier) return earlier;
        if (watched.AnyIn(title, body)) thread.HoldForReview(now);
        thread.NoteRisk(risk.Assess([title, body]));
        thread.NoteLanguage(WritersLanguage);
        db.Stories.Add(thread);
        try
        {
            await db.SaveMintingNamesAsync(author, cancellationToken);
        }
        catch (DbUpdateException e) when (IsSubmittedTwice(e))
        {
            // Another send of this very form won the race; its story is the one this send meant.
            db.ChangeTracker.Clear();
            return await SubmittedAsync(db.Stories, submissionKey, cancellationToken) ?? throw new InvalidOperationException("The story that won the race is gone.", e);
        }
        return thread;
    }

    /// <returns>The new reply, or null when the thread does not exist.</returns>
    /// <remarks>
    /// Four statements (issue 32; <c>ReplyRoundTripTests</c> holds them): the story with the writer's repeat, the
    /// insert, the lock and follow, and COMMIT. A form sent twice is not looked for first: the second send is the
    /// writer's repeat, or its insert meets the first's submission key in the unique index and returns that reply.
    /// </remarks>
    public async Task<Reply?> AddReplyAsync(
        long storyId, string body, ContentWarningSet warnings, Pseudonym author, CancellationToken cancellationToken, Guid? submissionKey = null)
    {
        var now = clock.GetUtcNow();
        var found = await StoryWithRepeatAsync(storyId, author, body, now, cancellationToken);
        if (found is null) return submissionKey is null ? null : await SubmittedAsync(db.Replies.Include(r => r.Story), submissionKey, cancellationToken);
        if (found.Repeat is { } repeat) return await db.Replies.Include(r => r.Story).SingleAsync(r => r.Id == repeat, cancellationToken);
        var thread = found.Story;
        var held = watched.AnyIn(body);
        var reply = thread.AddReply(author, renderer.Render(body), now, warnings, held, submissionKey);
        reply.NoteRisk(risk.Assess([body]));
        reply.NoteLanguage(WritersLanguage);
        db.Replies.Add(reply);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveMintingNamesAsync(author, cancellationToken);
        }
        catch (DbUpdateException e) when (IsSubmittedTwice(e))
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return await SubmittedAsync(db.Replies.Include(r => r.Story), submissionKey, cancellationToken)
                   ?? throw new InvalidOperationException("The reply that won the race is gone.", e);
        }
        // The insert moved the story's reply count and last activity (migrations/0018 and 0028). This re-checks the
        // story is open, under a lock on its row, so a moderator locking it a moment ago wins over a reply that was
        // already on its way, and one locking it now waits until this reply is in. Replying follows the story in the
        // same statement (FollowWriter.FollowOnReply).
        var follow = FollowWriter.FollowOnReply(thread, reply, author);
        var open = await db.Database.SqlQuery<int>($"""
            WITH open AS (SELECT id FROM threads WHERE id = {storyId} AND NOT is_locked AND is_public AND deleted_at IS NULL FOR SHARE),
                 followed AS (INSERT INTO follows (pseudonym_id, thread_id, since_reply_id)
                              SELECT {follow?.PseudonymId}, id, {follow?.SinceReplyId} FROM open WHERE {follow is not null}
                              ON CONFLICT DO NOTHING)
            SELECT 1 AS "Value" FROM open
            """).ToListAsync(cancellationToken);
        if (open.Count == 0)
            throw new DomainRuleException("This story was closed to new replies a moment ago. Your reply wasn't posted, and your text is still here.", changedMeanwhile: true);
        await transaction.CommitAsync(cancellationToken);
        return reply;
    }

    private sealed record StoryToReplyTo(Story Story, Room Room, long? Repeat);

    /// <summary>
    /// The story, open to this writer, and in the same statement the writer's latest reply if it is this same one
    /// sent again to it within a few minutes (a double click, a resend). Only the latest, through (author_id, id DESC),
    /// and its age checked on that one row: a time condition on all of them would walk every older reply of a writer
    /// whose latest is older than the window.
    /// </summary>
    private Task<StoryToReplyTo?> StoryWithRepeatAsync(long storyId, Pseudonym author, string body, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // A name being made in this request has written nothing yet.
        var known = db.Entry(author).State is not (EntityState.Added or EntityState.Detached);
        var authorId = author.Id;
        var since = now - RepeatWindow;
        return db.Stories.OpenTo(authorId).Where(t => t.Id == storyId)
            .Select(t => new StoryToReplyTo(t, t.Room!, known
                ? db.Replies.Where(r => r.AuthorId == authorId).OrderByDescending(r => r.Id).Take(1)
                    .Where(r => r.StoryId == storyId && r.CreatedAt >= since && r.RemovedAt == null && r.BodySource == body)
                    .Select(r => (long?)r.Id).FirstOrDefault()
                : null))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// The interface language the writer is using: the request's culture, which request localisation sets from their
    /// choice or their browser (docs/LANGUAGES.md). Outside a request (seeding, tools) the forum's first language.
    /// </summary>
    private static string? WritersLanguage =>
        CultureInfo.CurrentUICulture.Equals(CultureInfo.InvariantCulture) ? null : CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    /// <summary>The writer's latest story, if it is this same one sent again within a few minutes.</summary>
    private async Task<Story?> RepeatedStoryAsync(Pseudonym author, Story thread, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (db.Entry(author).State == EntityState.Added || db.Entry(author).State == EntityState.Detached) return null;
        // Only the latest, through (author_id, id DESC), and its age checked here: a time condition in the query
        // would walk every older story of a writer whose latest is older than the window.
        var latest = await db.Stories.Where(t => t.AuthorId == author.Id).OrderByDescending(t => t.Id).FirstOrDefaultAsync(cancellationToken);
        return latest is not null && latest.CreatedAt >= now - RepeatWindow && !latest.IsRemoved
               && latest.Title == thread.Title && latest.BodySource == thread.BodySource ? latest : null;
    }

    /// <summary>The post a send of this form already wrote, if one did.</summary>
    private static Task<TPost?> SubmittedAsync<TPost>(IQueryable<TPost> posts, Guid? submissionKey, CancellationToken cancellationToken) where TPost : Post =>
        submissionKey is { } key ? posts.SingleOrDefaultAsync(p => p.SubmissionKey == key, cancellationToken) : Task.FromResult<TPost?>(null);

    private static bool IsSubmittedTwice(DbUpdateException e) =>
        e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "ix_threads_submission_key" or "ix_replies_submission_key" };
}
