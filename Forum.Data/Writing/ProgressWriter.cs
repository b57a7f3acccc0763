using Forum.Domain.Progress;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Forum.Data.Writing;

/// <summary>
/// A pseudonym's private progress. Every method takes the pseudonym itself, never an id from a form, so nobody
/// can write to (or read back) someone else's check-ins. A first check-in may mint the pseudonym, as a first post does.
/// </summary>
public sealed class ProgressWriter(ForumDbContext db, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task CheckInAsync(Pseudonym who, DateOnly day, int mood, string? note, CancellationToken cancellationToken)
    {
        var existing = await db.CheckIns.SingleOrDefaultAsync(c => c.PseudonymId == who.Id && c.Day == day, cancellationToken);
        if (existing is null)
        {
            Mint(who);
            db.CheckIns.Add(CheckIn.Record(who.Id, day, mood, note, Today));
        }
        else
        {
            CheckIn.RequireChangeable(day, Today);
            existing.Replace(mood, note);
        }
        await SaveAsync(who, cancellationToken);
    }

    /// <summary>Sets the count, or corrects its wording or start day. Starting again is <see cref="StartAgainAsync"/>.</summary>
    public async Task SetMilestoneAsync(Pseudonym who, string label, DateOnly startedOn, CancellationToken cancellationToken)
    {
        var milestone = await MilestoneOfAsync(who, cancellationToken);
        if (milestone is null)
        {
            Mint(who);
            db.Milestones.Add(Milestone.Start(who.Id, label, startedOn, Today));
        }
        else
            milestone.Change(label, startedOn, Today);
        await SaveAsync(who, cancellationToken);
    }

    public async Task StartAgainAsync(Pseudonym who, CancellationToken cancellationToken)
    {
        var milestone = await MilestoneOfAsync(who, cancellationToken) ?? throw NoMilestone();
        milestone.StartAgain(Today);
        await SaveAsync(who, cancellationToken);
    }

    public async Task ShowBesideNameAsync(Pseudonym who, bool show, CancellationToken cancellationToken)
    {
        var milestone = await MilestoneOfAsync(who, cancellationToken) ?? throw NoMilestone();
        milestone.ShowBesideName(show);
        await SaveAsync(who, cancellationToken);
    }

    public async Task RemoveMilestoneAsync(Pseudonym who, CancellationToken cancellationToken)
    {
        await db.Milestones.Where(m => m.PseudonymId == who.Id).ExecuteDeleteAsync(cancellationToken);
    }

    private Task<Milestone?> MilestoneOfAsync(Pseudonym who, CancellationToken cancellationToken) =>
        db.Milestones.Include(m => m.Stretches).SingleOrDefaultAsync(m => m.PseudonymId == who.Id, cancellationToken);

    private static DomainRuleException NoMilestone() => new("There's no count to change yet. Set one up first.");

    /// <summary>A pseudonym made for this request is saved with the first thing that needs it.</summary>
    private void Mint(Pseudonym who)
    {
        if (db.Entry(who).State == EntityState.Detached) db.Pseudonyms.Add(who);
    }

    private async Task SaveAsync(Pseudonym who, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveMintingNamesAsync(who, cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw new DomainRuleException("That was saved a moment ago, perhaps in another tab. Here is what's saved now; you can change it.");
        }
    }
}
