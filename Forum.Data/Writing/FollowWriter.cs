using Forum.Data.Reading;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Forum.Data.Writing;

/// <summary>Following a story and letting it go: whether new replies to it come to a pseudonym's inbox.</summary>
public sealed class FollowWriter(ForumDbContext db)
{
    /// <returns>The story's slug, or null when the follower can't see it (<see cref="PostVisibility.IsOpenTo"/>). Following a story already followed changes nothing.</returns>
    public async Task<string?> FollowAsync(long storyId, Pseudonym follower, CancellationToken cancellationToken)
    {
        var thread = await db.Stories.OpenTo(follower.Id).SingleOrDefaultAsync(t => t.Id == storyId, cancellationToken);
        if (thread is null) return null;
        var newest = await db.Replies.Where(r => r.StoryId == storyId).MaxAsync(r => (long?)r.Id, cancellationToken) ?? 0;
        if (db.Entry(follower).State == EntityState.Detached) db.Pseudonyms.Add(follower);
        db.Follows.Add(thread.FollowedBy(follower, newest));
        try
        {
            // Saves the follower too when the name was made for this press.
            await db.SaveMintingNamesAsync(follower, cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "pk_follows" })
        {
            // Followed already (a double press, another tab): the earlier follow stands.
        }
        return thread.Slug;
    }

    /// <returns>
    /// The story's slug, or null when the reader can't see it: a removed or held story's slug spells its title, and
    /// the answer must not tell it apart from one that never existed. A reader without a name follows nothing.
    /// </returns>
    public async Task<string?> UnfollowAsync(long storyId, Pseudonym? follower, CancellationToken cancellationToken)
    {
        var slug = await db.Stories.OpenTo(follower?.Id).Where(t => t.Id == storyId).Select(t => t.Slug).SingleOrDefaultAsync(cancellationToken);
        if (slug is not null && follower is not null)
            await db.Follows.Where(f => f.StoryId == storyId && f.PseudonymId == follower.Id).ExecuteDeleteAsync(cancellationToken);
        return slug;
    }

    /// <summary>
    /// Replying follows the story, from the reply on; a follow already there keeps its start. Written in the reply's
    /// transaction (StoryWriter.AddReplyAsync, with its lock on the story), so the two are kept together or not at
    /// all. The story's own writer hears of replies anyway: null, nothing to follow.
    /// </summary>
    internal static Follow? FollowOnReply(Story thread, Reply reply, Pseudonym author) =>
        thread.AuthorId == author.Id ? null : thread.FollowedBy(author, reply.Id);
}
