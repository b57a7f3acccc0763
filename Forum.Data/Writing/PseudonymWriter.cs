using Forum.Data.Reading;
using Microsoft.EntityFrameworkCore;

namespace Forum.Data.Writing;

/// <summary>Making, recovering and burning pseudonyms: the writes behind /me.</summary>
public sealed class PseudonymWriter(ForumDbContext db, TimeProvider clock)
{
    /// <summary>
    /// A new pseudonym with a recovery key, under <paramref name="chosenName"/> or a generated name when none
    /// is given. When two people race for one name, the unique index picks the winner and the other is told
    /// plainly that it is taken.
    /// </summary>
    public async Task<(Pseudonym Pseudonym, RecoveryKey Key)> CreateAsync(string? chosenName, CancellationToken cancellationToken)
    {
        var generated = string.IsNullOrWhiteSpace(chosenName);
        var (pseudonym, key) = Pseudonym.CreateRecoverable(generated ? PseudonymNameGenerator.Next() : chosenName!, clock.GetUtcNow());
        db.Pseudonyms.Add(pseudonym);
        if (generated)
        {
            await db.SaveMintingNamesAsync(pseudonym, cancellationToken);
            return (pseudonym, key);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (NewPseudonyms.IsNameTaken(e))
        {
            db.Entry(pseudonym).State = EntityState.Detached;
            throw new DomainRuleException(PseudonymName.Taken);
        }
        return (pseudonym, key);
    }

    /// <summary>The pseudonym the key opens, or null; the caller says nothing more specific than that.</summary>
    public async Task<Pseudonym?> RecoverAsync(RecoveryKey key, CancellationToken cancellationToken)
    {
        var hash = key.LookupHash();
        var pseudonym = await db.Pseudonyms.SingleOrDefaultAsync(p => p.RecoveryHash == hash, cancellationToken);
        return pseudonym is not null && pseudonym.IsHeldBy(key.Secret()) ? pseudonym : null;
    }

    public async Task<(RecoveryKey Key, PseudonymSecret Secret)> IssueRecoveryKeyAsync(Pseudonym pseudonym, CancellationToken cancellationToken)
    {
        var issued = pseudonym.IssueRecoveryKey();
        await db.SaveChangesAsync(cancellationToken);
        return issued;
    }

    /// <summary>
    /// Marks one name's inbox read up to its own newest reply the page showed. One name per request and per
    /// transaction: rows written together share a transaction id (<c>xmin</c>), which would tell anyone with a copy
    /// of the database that one browser holds them all. The marker comes from the name's own inbox, never from the
    /// page's number, for the same reason.
    /// </summary>
    public async Task MarkInboxReadAsync(Pseudonym pseudonym, long throughReplyId, CancellationToken cancellationToken)
    {
        var newest = await db.InboxOf([pseudonym.Id])
            .Where(e => e.Reply.Id <= throughReplyId)
            .MaxAsync(e => (long?)e.Reply.Id, cancellationToken);
        if (newest is not { } own) return;
        pseudonym.MarkInboxRead(own);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Marks one of the pseudonym's unread notices (loaded with it) read.</summary>
    public async Task ReadNoticeAsync(Pseudonym pseudonym, long noticeId, CancellationToken cancellationToken)
    {
        if (pseudonym.ReadNotice(noticeId, clock.GetUtcNow())) await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Deletes the pseudonym in one transaction. With <paramref name="removePosts"/>, its posts' text is deleted
    /// first (a story nobody answered goes entirely; one with replies stays for them, saying its writer removed
    /// it). Then the row goes, and the database does the rest through its foreign keys: posts lose their author
    /// (shown as "a former member"), and everything private to the pseudonym (reactions, progress, the moderators' notices, and any table added
    /// later with ON DELETE CASCADE) is deleted with it.
    /// </summary>
    public async Task BurnAsync(Guid pseudonymId, bool removePosts, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (removePosts)
        {
            // Not by the count alone, which leaves out replies waiting for a moderator: someone's held reply never goes with it.
            await db.Stories.Where(t => t.AuthorId == pseudonymId && !db.Replies.Any(r => r.StoryId == t.Id)).ExecuteDeleteAsync(cancellationToken);
            await db.Stories.WrittenBy([pseudonymId])
                .ExecuteUpdateAsync(set => set
                    .SetProperty(t => t.Title, "")
                    .SetProperty(t => t.Slug, Domain.Stories.Story.DeletedSlug)
                    .SetProperty(t => t.BodySource, "")
                    .SetProperty(t => t.BodyHtml, "")
                    .SetProperty(t => t.DeletedAt, now), cancellationToken);
            await db.Replies.WrittenBy([pseudonymId])
                .ExecuteUpdateAsync(set => set
                    .SetProperty(r => r.BodySource, "")
                    .SetProperty(r => r.BodyHtml, "")
                    .SetProperty(r => r.DeletedAt, now), cancellationToken);
        }
        await db.Pseudonyms.Where(p => p.Id == pseudonymId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
