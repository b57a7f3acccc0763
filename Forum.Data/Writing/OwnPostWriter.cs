using Forum.Domain.Moderation;
using Forum.Domain.Reactions;
using Forum.Domain.Rendering;
using Forum.Domain.Safety;
using Forum.Domain.Threads;
using Microsoft.EntityFrameworkCore;

namespace Forum.Data.Writing;

/// <summary>What happened to a writer's request to change one of their posts.</summary>
public enum OwnPostOutcome
{
    Done,
    NotFound,
    /// <summary>The post exists but none of the pseudonyms this browser holds wrote it: nothing was changed.</summary>
    NotYours,
}

public sealed record ThreadPlace(long Id, string Slug);

/// <summary>A post as its writer sees it in the edit form.</summary>
public sealed record OwnPost(
    PostKind Kind, long Id, long ThreadId, string ThreadSlug, string? Title, string BodySource,
    string[] ContentWarnings, string? ContentWarningLabel, bool RoomRequiresWarnings, IReadOnlyList<string> ModeratorWarningNames);

/// <summary>Writers editing and deleting their own stories and replies. The entity checks the author; this finds the post and saves.</summary>
public sealed class OwnPostWriter(ForumDbContext db, IPostRenderer renderer, TimeProvider clock, WatchedPhrases? watched = null)
{
    /// <returns>The post, or null when it does not exist or has been deleted; <see cref="OwnPostOutcome.NotYours"/> in the second value when it is someone else's.</returns>
    public async Task<(OwnPost? Post, OwnPostOutcome Outcome)> FindAsync(PostKind kind, long id, IReadOnlyCollection<Guid> heldIds, CancellationToken cancellationToken)
    {
        if (kind == PostKind.Thread)
        {
            var thread = await db.Threads.AsNoTracking().Include(t => t.Room).SingleOrDefaultAsync(t => t.Id == id && t.DeletedAt == null, cancellationToken);
            if (thread is null) return (null, OwnPostOutcome.NotFound);
            if (!IsHeld(thread.AuthorId, heldIds)) return (null, OwnPostOutcome.NotYours);
            return (new OwnPost(kind, id, id, thread.Slug, thread.Title, thread.BodySource,
                thread.ContentWarnings, thread.ContentWarningLabel, thread.Room!.RequiresContentWarnings, thread.ModeratorWarnings.Names), OwnPostOutcome.Done);
        }
        var reply = await db.Replies.AsNoTracking().Include(r => r.Thread!.Room).SingleOrDefaultAsync(r => r.Id == id && r.DeletedAt == null, cancellationToken);
        if (reply is null) return (null, OwnPostOutcome.NotFound);
        if (!IsHeld(reply.AuthorId, heldIds)) return (null, OwnPostOutcome.NotYours);
        return (new OwnPost(kind, id, reply.ThreadId, reply.Thread!.Slug, null, reply.BodySource,
            reply.ContentWarnings, reply.ContentWarningLabel, reply.Thread.Room!.RequiresContentWarnings, reply.ModeratorWarnings.Names), OwnPostOutcome.Done);
    }

    public async Task<OwnPostOutcome> EditAsync(
        PostKind kind, long id, IReadOnlyCollection<Guid> heldIds, string? title, string body, ContentWarningSet warnings, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (kind == PostKind.Thread)
        {
            var thread = await db.Threads.Include(t => t.Room).Include(t => t.Author).SingleOrDefaultAsync(t => t.Id == id && t.DeletedAt == null, cancellationToken);
            if (thread is null) return OwnPostOutcome.NotFound;
            if (!IsHeld(thread.AuthorId, heldIds)) return OwnPostOutcome.NotYours;
            thread.Edit(thread.Author!, title ?? "", renderer.Render(body), warnings, now, watched?.AnyIn(title ?? "", body) == true);
            await db.SaveChangesAsync(cancellationToken);
            return OwnPostOutcome.Done;
        }
        var reply = await db.Replies.Include(r => r.Thread!.Room).Include(r => r.Author).SingleOrDefaultAsync(r => r.Id == id && r.DeletedAt == null, cancellationToken);
        if (reply is null) return OwnPostOutcome.NotFound;
        if (!IsHeld(reply.AuthorId, heldIds)) return OwnPostOutcome.NotYours;
        var leftView = reply.Edit(reply.Author!, renderer.Render(body), warnings, now, watched?.AnyIn(body) == true);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        // Approving it again counts it again (ModerationWriter.ApproveReplyAsync), so it leaves the count now.
        if (leftView)
            await db.Threads.Where(t => t.Id == reply.ThreadId && t.ReplyCount > 0)
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.ReplyCount, t => t.ReplyCount - 1), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return OwnPostOutcome.Done;
    }

    /// <summary>
    /// Deletes the text for good. A story nobody has answered goes entirely (its reactions with it, by trigger);
    /// one with replies stays for them, saying its writer removed it.
    /// </summary>
    public async Task<OwnPostOutcome> DeleteAsync(PostKind kind, long id, IReadOnlyCollection<Guid> heldIds, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (kind == PostKind.Thread)
        {
            var thread = await db.Threads.SingleOrDefaultAsync(t => t.Id == id && t.DeletedAt == null, cancellationToken);
            if (thread is null) return OwnPostOutcome.NotFound;
            if (!IsHeld(thread.AuthorId, heldIds)) return OwnPostOutcome.NotYours;
            thread.DeleteByWriter(thread.AuthorId!.Value, now);
            // Checked in the statement itself, so a reply arriving this instant is never deleted with the story.
            if (await db.Threads.Where(t => t.Id == id && t.ReplyCount == 0).ExecuteDeleteAsync(cancellationToken) == 1)
            {
                db.Entry(thread).State = EntityState.Detached;
                return OwnPostOutcome.Done;
            }
        }
        else
        {
            var reply = await db.Replies.SingleOrDefaultAsync(r => r.Id == id && r.DeletedAt == null, cancellationToken);
            if (reply is null) return OwnPostOutcome.NotFound;
            if (!IsHeld(reply.AuthorId, heldIds)) return OwnPostOutcome.NotYours;
            reply.DeleteByWriter(reply.AuthorId!.Value, now);
        }
        await db.SaveChangesAsync(cancellationToken);
        return OwnPostOutcome.Done;
    }

    /// <summary>Where the post's thread is, to go back to it; null when the whole story went.</summary>
    public async Task<ThreadPlace?> ThreadOfAsync(PostKind kind, long id, CancellationToken cancellationToken)
    {
        var places = kind == PostKind.Thread
            ? db.Threads.Where(t => t.Id == id).Select(t => new ThreadPlace(t.Id, t.Slug))
            : db.Replies.Where(r => r.Id == id).Select(r => new ThreadPlace(r.ThreadId, r.Thread!.Slug));
        return await places.SingleOrDefaultAsync(cancellationToken);
    }

    private static bool IsHeld(Guid? authorId, IReadOnlyCollection<Guid> heldIds) => authorId is { } id && heldIds.Contains(id);
}
