using Forum.Data.Reading;
using Microsoft.EntityFrameworkCore;

namespace Forum.Data.Writing;

/// <summary>
/// "This feels familiar", pressed and taken back. Each call is one transaction: a pseudonym minted for the
/// occasion, the reaction row and the post's counter are written together or not at all. The counter moves by
/// an atomic increment only when a row really was added (or deleted), so a double submit counts once and a
/// hundred people pressing at the same moment are a hundred.
/// </summary>
public sealed class ReactionWriter(ForumDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Records that <paramref name="pseudonym"/> finds the post familiar. A pseudonym this context does not track
    /// is new (see PseudonymSession.CurrentOrNewAsync) and is saved in the same transaction.
    /// </summary>
    /// <returns>The post's state afterwards, or null when the reader can't see it (<see cref="PostVisibility.IsOpenTo"/>).</returns>
    public async Task<FamiliarState?> ReactAsync(PostKind kind, long postId, Pseudonym pseudonym, CancellationToken cancellationToken)
    {
        if (await db.PostAsync(kind, postId, cancellationToken) is not { } post || !post.IsOpenTo(pseudonym.Id)) return null;
        var reaction = post.React(pseudonym, clock.GetUtcNow());
        if (db.Entry(pseudonym).State == EntityState.Detached) db.Pseudonyms.Add(pseudonym);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveMintingNamesAsync(pseudonym, cancellationToken);
        var added = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO reactions (post_kind, post_id, pseudonym_id, kind)
            VALUES ({PostKindText.Codes.Of(reaction.PostKind)}, {reaction.PostId}, {reaction.PseudonymId}, {ReactionKindText.Codes.Of(reaction.Kind)})
            ON CONFLICT DO NOTHING
            """, cancellationToken);
        if (added == 1 && await MoveCounterAsync(kind, postId, +1, cancellationToken) == 0)
            throw new DomainRuleException("This post was removed a moment ago, so your reaction wasn't added.");
        var state = await StateAsync(post, reacted: true, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return state;
    }

    /// <summary>
    /// Takes back <paramref name="pseudonym"/>'s reaction; a reader without a pseudonym has none to take back,
    /// and neither has one whose reaction is already gone (a double submit), so nothing changes for them.
    /// </summary>
    /// <returns>The post's state afterwards, or null when the reader can't see it (<see cref="PostVisibility.IsOpenTo"/>).</returns>
    public async Task<FamiliarState?> TakeBackAsync(PostKind kind, long postId, Pseudonym? pseudonym, CancellationToken cancellationToken)
    {
        if (await db.PostAsync(kind, postId, cancellationToken) is not { } post || !post.IsOpenTo(pseudonym?.Id)) return null;
        // Nothing to take back and nothing to write.
        if (pseudonym is null) return await StateAsync(post, reacted: false, cancellationToken);
        var reaction = post.TakeBackReaction(pseudonym);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var deleted = await db.Reactions
            .Where(r => r.PostKind == reaction.PostKind && r.PostId == reaction.PostId
                        && r.PseudonymId == reaction.PseudonymId && r.Kind == reaction.Kind)
            .ExecuteDeleteAsync(cancellationToken);
        if (deleted == 1 && await MoveCounterAsync(kind, postId, -1, cancellationToken) == 0)
            throw new DomainRuleException("This post was removed a moment ago, so its reactions can't be changed.");
        var state = await StateAsync(post, reacted: false, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return state;
    }

    /// <summary>
    /// The same atomic statement whichever way it moves. It re-checks removal, so a moderator removing the post
    /// a moment ago wins over a press that was already on its way; zero rows means exactly that.
    /// </summary>
    private Task<int> MoveCounterAsync(PostKind kind, long postId, int by, CancellationToken cancellationToken) => kind switch
    {
        PostKind.Story => db.Stories
            .Where(PostVisibility.IsStandingStory).Where(t => t.Id == postId)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.FamiliarCount, t => t.FamiliarCount + by), cancellationToken),
        _ => db.Replies
            .Where(PostVisibility.IsStandingReply).Where(r => r.Id == postId)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.FamiliarCount, r => r.FamiliarCount + by), cancellationToken),
    };

    /// <summary>Read inside the transaction, after the counter's row lock, so the count is the one this press left.</summary>
    private async Task<FamiliarState> StateAsync(Post post, bool reacted, CancellationToken cancellationToken)
    {
        var count = post.Kind == PostKind.Story
            ? await db.Stories.Where(t => t.Id == post.Id).Select(t => t.FamiliarCount).SingleAsync(cancellationToken)
            : await db.Replies.Where(r => r.Id == post.Id).Select(r => r.FamiliarCount).SingleAsync(cancellationToken);
        return new FamiliarState(post.Kind, post.Id, post.ParentStory!.Id, post.ParentStory.Slug, reacted, count);
    }
}
