using Microsoft.EntityFrameworkCore;

namespace Forum.Data.Writing;

/// <summary>
/// Re-folds stored name keys after the folding rules change (migration 0004 taught them look-alike letters), so
/// that an old "Gentle Willow" and a new "Gentie WiIIow" meet at the unique index. Run once, by the migrator,
/// right after the migration that changed the rules.
/// </summary>
public static class PseudonymNameKeys
{
    public const string ChangedByMigration = "0004_pseudonym_privacy";

    /// <returns>How many keys changed.</returns>
    public static async Task<int> RefreshAsync(ForumDbContext db, CancellationToken cancellationToken = default)
    {
        var names = await db.Pseudonyms.Select(p => new { p.Id, p.Name, p.NameKey }).ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var row in names)
        {
            var key = PseudonymNameKey.Of(row.Name);
            if (key == row.NameKey) continue;
            // Two old names that now fold alike: the later one keeps its old key, which still differs from every
            // folded key, so nothing is lost and nobody new can take either look-alike.
            if (await db.Pseudonyms.AnyAsync(p => p.NameKey == key, cancellationToken)) continue;
            changed += await db.Pseudonyms.Where(p => p.Id == row.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.NameKey, key), cancellationToken);
        }
        return changed;
    }
}
