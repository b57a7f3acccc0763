using Forum.Data.Reading;
using Microsoft.EntityFrameworkCore;

namespace Forum.Data.Moderation;

/// <summary>The moderation log, newest first, one keyset page at a time.</summary>
public sealed class ModerationLogReader(ForumDbContext db)
{
    public const int LinesPerPage = 100;

    public async Task<Page<ModerationLogLine>> PageAsync(ActivityCursor? before, CancellationToken cancellationToken)
    {
        var entries = db.ModerationLog.AsQueryable();
        if (before is { } c)
            entries = entries.Where(e => e.At < c.LastActivityAt || (e.At == c.LastActivityAt && e.Id < c.Id));
        var rows = await entries
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Take(LinesPerPage + 1)
            .Select(e => new ModerationLogLine(
                e.Id, e.At,
                db.Moderators.Where(m => m.Id == e.ModeratorId).Select(m => m.Name).Single(),
                e.Action, e.TargetKind, e.TargetId, e.PseudonymId,
                db.Pseudonyms.Where(p => p.Id == e.PseudonymId).Select(p => p.Name).SingleOrDefault(),
                e.Reason, e.Detail))
            .ToListAsync(cancellationToken);
        var next = rows.Count > LinesPerPage ? new ActivityCursor(rows[LinesPerPage - 1].At, rows[LinesPerPage - 1].Id).ToString() : null;
        return new Page<ModerationLogLine>(rows.Take(LinesPerPage).ToList(), next);
    }

    /// <summary>
    /// Why a name was banned, as the moderator wrote it for its writer (the ban's notice says the same), so the
    /// composer can say it where the form would be. Null when the log has no ban for it.
    /// </summary>
    public Task<string?> BanReasonAsync(Guid pseudonymId, CancellationToken cancellationToken) =>
        db.ModerationLog.Where(e => e.PseudonymId == pseudonymId && e.Action == ModerationActions.BanPseudonym)
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Select(e => e.Reason)
            .FirstOrDefaultAsync(cancellationToken);
}
