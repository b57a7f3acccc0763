using Forum.Domain;
using Forum.Domain.Pseudonyms;
using Forum.Domain.Rendering;
using Forum.Domain.Safety;
using Forum.Domain.Threads;
using Microsoft.EntityFrameworkCore;

namespace Forum.Data.Writing;

/// <summary>
/// Publishes stories and replies. Each call is one transaction: a pseudonym minted for the occasion, the
/// post, and the thread's counters are written together or not at all.
/// </summary>
public sealed class ThreadWriter(ForumDbContext db, IPostRenderer renderer, TimeProvider clock)
{
    public async Task<ForumThread> StartThreadAsync(
        string roomSlug, string title, string body, ContentWarningSet warnings, Pseudonym author, CancellationToken cancellationToken)
    {
        var room = await db.Rooms.SingleOrDefaultAsync(r => r.Slug == roomSlug, cancellationToken)
                   ?? throw new DomainRuleException("That room doesn't exist any more. Choose another one for your story.");
        var thread = ForumThread.Start(room, author, title, renderer.Render(body), clock.GetUtcNow(), warnings);
        db.Threads.Add(thread);
        await db.SaveMintingNamesAsync(author, cancellationToken);
        return thread;
    }

    /// <returns>The new reply, or null when the thread does not exist.</returns>
    public async Task<Reply?> AddReplyAsync(
        long threadId, string body, ContentWarningSet warnings, Pseudonym author, CancellationToken cancellationToken)
    {
        var thread = await db.Threads.Include(t => t.Room).SingleOrDefaultAsync(t => t.Id == threadId, cancellationToken);
        if (thread is null) return null;
        var now = clock.GetUtcNow();
        var reply = thread.AddReply(author, renderer.Render(body), now, warnings);
        db.Replies.Add(reply);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveMintingNamesAsync(author, cancellationToken);
        // The same change AddReply made in memory, as one atomic statement; it also re-checks the lock, so a
        // moderator locking the thread a moment ago wins over a reply that was already on its way.
        var counted = await db.Threads
            .Where(t => t.Id == threadId && !t.IsLocked && t.IsPublic && t.DeletedAt == null)
            .ExecuteUpdateAsync(set => set
                .SetProperty(t => t.ReplyCount, t => t.ReplyCount + 1)
                .SetProperty(t => t.LastActivityAt, t => t.LastActivityAt > now ? t.LastActivityAt : now), cancellationToken);
        if (counted == 0)
            throw new DomainRuleException("This story was closed to new replies a moment ago. Your reply wasn't posted, and your text is still here.");
        await transaction.CommitAsync(cancellationToken);
        return reply;
    }
}
