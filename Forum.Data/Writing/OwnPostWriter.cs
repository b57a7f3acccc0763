using Forum.Data.Reading;
using Forum.Domain.Rendering;
using Forum.Domain.Safety.Risk;
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

public sealed record StoryPlace(long Id, string Slug);

/// <summary>A post as its writer sees it in the edit form.</summary>
public sealed record OwnPost(
    PostKind Kind, long Id, long StoryId, string StorySlug, string? Title, string BodySource,
    string[] ContentWarnings, string? ContentWarningLabel, bool RoomRequiresWarnings, IReadOnlyList<string> ModeratorWarningNames);

/// <summary>Writers editing and deleting their own stories and replies. The entity checks the author; this finds the post and saves.</summary>
public sealed class OwnPostWriter(ForumDbContext db, IPostRenderer renderer, TimeProvider clock, WatchedPhrases watched, IRiskDetector risk)
{
    /// <returns>The post, or null when it does not exist or has been deleted; <see cref="OwnPostOutcome.NotYours"/> in the second value when it is someone else's.</returns>
    public async Task<(OwnPost? Post, OwnPostOutcome Outcome)> FindAsync(PostKind kind, long id, IReadOnlyCollection<Guid> keptIds, CancellationToken cancellationToken)
    {
        var (post, outcome) = await FindOwnAsync(kind, id, keptIds, cancellationToken);
        if (post is null) return (null, outcome);
        var story = post.ParentStory!;
        return (new OwnPost(kind, id, story.Id, story.Slug, (post as Story)?.Title, post.BodySource,
            post.ContentWarnings, post.ContentWarningLabel, story.Room!.RequiresContentWarnings, post.ModeratorWarnings.Names), OwnPostOutcome.Done);
    }

    public async Task<OwnPostOutcome> EditAsync(
        PostKind kind, long id, IReadOnlyCollection<Guid> keptIds, string? title, string body, ContentWarningSet warnings, CancellationToken cancellationToken)
    {
        var (post, outcome) = await FindOwnAsync(kind, id, keptIds, cancellationToken);
        if (post is null) return outcome;
        var now = clock.GetUtcNow();
        var rendered = renderer.Render(body);
        switch (post)
        {
            case Story thread:
                thread.Edit(thread.Author!, title ?? "", rendered, warnings, now, watched.AnyIn(title ?? "", body));
                thread.NoteRisk(risk.Assess([title ?? "", body]));
                break;
            case Reply reply:
                // A reply kept again leaves its story's count by the database's trigger (migrations/0018).
                reply.Edit(reply.Author!, rendered, warnings, now, watched.AnyIn(body));
                reply.NoteRisk(risk.Assess([body]));
                break;
        }
        await db.SaveChangesAsync(cancellationToken);
        return OwnPostOutcome.Done;
    }

    /// <summary>
    /// Deletes the text for good. A story nobody has answered goes entirely (its reactions with it, by trigger);
    /// one with replies stays for them, saying its writer removed it.
    /// </summary>
    public async Task<OwnPostOutcome> DeleteAsync(PostKind kind, long id, IReadOnlyCollection<Guid> keptIds, CancellationToken cancellationToken)
    {
        var (post, outcome) = await FindOwnAsync(kind, id, keptIds, cancellationToken);
        if (post is null) return outcome;
        post.DeleteByWriter(post.AuthorId!.Value, clock.GetUtcNow());
        // Checked in the statement itself, so a reply arriving this instant is never deleted with the story; and not by the
        // count alone, which leaves out replies waiting for a moderator: someone's kept reply must never go with it.
        if (post is Story && await db.Stories
                .Where(t => t.Id == id && t.ReplyCount == 0 && !db.Replies.Any(r => r.StoryId == t.Id))
                .ExecuteDeleteAsync(cancellationToken) == 1)
        {
            db.Entry(post).State = EntityState.Detached;
            return OwnPostOutcome.Done;
        }
        await db.SaveChangesAsync(cancellationToken);
        return OwnPostOutcome.Done;
    }

    /// <summary>The post, tracked, when it is still there and one of the browser's pseudonyms wrote it.</summary>
    private async Task<(Post? Post, OwnPostOutcome Outcome)> FindOwnAsync(PostKind kind, long id, IReadOnlyCollection<Guid> keptIds, CancellationToken cancellationToken)
    {
        var post = await db.PostAsync(kind, id, cancellationToken);
        if (post is null || post.IsDeletedByWriter) return (null, OwnPostOutcome.NotFound);
        if (IsKept(post.AuthorId, keptIds)) return (post, OwnPostOutcome.Done);
        // "Not yours" would tell others that a removed or held post exists: to them it is not there at all.
        return (null, post.IsOpenTo(null) ? OwnPostOutcome.NotYours : OwnPostOutcome.NotFound);
    }

    /// <summary>Where the post's thread is, to go back to it; null when the whole story went.</summary>
    public async Task<StoryPlace?> StoryOfAsync(PostKind kind, long id, CancellationToken cancellationToken)
    {
        var places = kind == PostKind.Story
            ? db.Stories.Where(t => t.Id == id).Select(t => new StoryPlace(t.Id, t.Slug))
            : db.Replies.Where(r => r.Id == id).Select(r => new StoryPlace(r.StoryId, r.Story!.Slug));
        return await places.SingleOrDefaultAsync(cancellationToken);
    }

    private static bool IsKept(Guid? authorId, IReadOnlyCollection<Guid> keptIds) => authorId is { } id && keptIds.Contains(id);
}
