using Forum.Domain.Progress;
using Microsoft.EntityFrameworkCore;

namespace Forum.Data.Reading;

/// <summary>Reads one pseudonym's progress; the caller passes the signed-in pseudonym's id, never one from a request.</summary>
public sealed class ProgressReader(ForumDbContext db, TimeProvider clock)
{
    public async Task<ProgressPage> ReadAsync(Guid pseudonymId, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var since = today.AddDays(-CheckIn.DaysKept + 1);
        var milestone = await db.Milestones.AsNoTracking().Include(m => m.Stretches)
            .SingleOrDefaultAsync(m => m.PseudonymId == pseudonymId, cancellationToken);
        var checkIns = await db.CheckIns
            .Where(c => c.PseudonymId == pseudonymId && c.Day >= since)
            .OrderByDescending(c => c.Day)
            .Select(c => new CheckInView(c.Day, c.Mood, c.Note))
            .ToListAsync(cancellationToken);
        return new ProgressPage(today, milestone is null ? null : View(milestone, today), checkIns);
    }

    private static MilestoneView View(Milestone milestone, DateOnly today) => new(
        milestone.Label, milestone.StartedOn, milestone.DaysOn(today), milestone.LongestDays(today), milestone.ShowOnPosts,
        milestone.Stretches.OrderByDescending(s => s.EndedOn).Select(s => new StretchView(s.StartedOn, s.EndedOn, s.Days)).ToList());
}
