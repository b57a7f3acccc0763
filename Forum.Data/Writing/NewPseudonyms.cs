using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Forum.Data.Writing;

/// <summary>
/// Saving a pseudonym minted for the occasion along with whatever needed it (a story, a reply, a reaction).
/// </summary>
internal static class NewPseudonyms
{
    private const int NameAttempts = 5;

    /// <summary>
    /// Saves, and if a newly generated name was taken in the meantime, picks another and tries again. The
    /// unique index decides, not a check beforehand that could race. Inside a transaction EF rolls back to a
    /// savepoint on failure, so the retry runs in the same transaction.
    /// </summary>
    public static async Task SaveMintingNamesAsync(this ForumDbContext db, Pseudonym author, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException e) when (attempt < NameAttempts && IsNameTaken(e) && db.Entry(author).State == EntityState.Added)
            {
                author.Rename(PseudonymNameGenerator.Next());
            }
        }
    }

    internal static bool IsNameTaken(DbUpdateException e) =>
        e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "ix_pseudonyms_name_key" };
}
