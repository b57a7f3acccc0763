using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Forum.Web.Moderation;

/// <summary>Creating moderator accounts and checking their passwords, with ASP.NET Core Identity's PasswordHasher.</summary>
public sealed class ModeratorAccounts(
    ForumDbContext db, IPasswordHasher<Moderator> hasher, TimeProvider clock, SignInThrottle throttle, ModeratorSessions sessions,
    IPostingBudgets budgets, RateLimitSettings limits)
{
    public async Task<Moderator> AddAsync(string name, string password, ModeratorRole role, CancellationToken cancellationToken)
    {
        if (password.Length < Moderator.PasswordMinLength)
            throw new DomainRuleException($"A moderator's password needs at least {Moderator.PasswordMinLength} characters.");
        if (password.Length > Moderator.PasswordMaxLength)
            throw new DomainRuleException($"A moderator's password can be up to {Moderator.PasswordMaxLength} characters.");
        var moderator = Moderator.Create(name, role, hasher.HashPassword(null!, password), clock.GetUtcNow());
        db.Moderators.Add(moderator);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
            throw new DomainRuleException($"There is already a moderator called \"{moderator.Name}\". Choose another name.");
        }
        return moderator;
    }

    /// <param name="device">The device cookie the request carried, if any (<see cref="ModeratorDevices"/>).</param>
    /// <param name="addressKey">The HMAC of the client's address that rate limits use; never the address.</param>
    public async Task<SignInOutcome> SignInAsync(string name, string password, ModeratorDevices.Device? device, string addressKey, CancellationToken cancellationToken)
    {
        var key = Moderator.KeyOf(name);
        var moderator = await db.Moderators.SingleOrDefaultAsync(m => m.NameKey == key && m.RemovedAt == null, cancellationToken);
        // Known and unknown names take the same path from here: the same throttle, the same hashing, the same update.
        // A device cookie only ever comes from a good sign-in, so an unknown name never has one.
        var guess = device is not null && device.NameKey == key ? throttle.TryReserveKnown(device.Nonce, moderator?.GuessesClearedAt) : null;
        if (guess is null)
        {
            guess = throttle.TryReserveNew(key, moderator?.GuessesClearedAt, out var wait);
            if (guess is null) return SignInOutcome.Paused(wait);
        }

        var verdict = hasher.VerifyHashedPassword(moderator!, moderator?.PasswordHash ?? UnknownAccountHash, password);
        if (moderator is null || verdict == PasswordVerificationResult.Failed)
        {
            // One atomic statement, so that guesses arriving together are all counted; it matches no row for an unknown name.
            await db.Moderators.Where(m => m.NameKey == key && m.RemovedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.FailedSignIns, m => m.FailedSignIns + 1), cancellationToken);
            return await AddressSpentAsync(addressKey) is { } addressWait ? SignInOutcome.Paused(addressWait) : SignInOutcome.Refused;
        }
        throttle.Forget(guess);
        moderator.SignedIn(clock.GetUtcNow());
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
            moderator.ReplacePasswordHash(hasher.HashPassword(moderator, password));
        await db.SaveChangesAsync(cancellationToken);
        return SignInOutcome.SignedIn(moderator);
    }

    /// <summary>
    /// Charges a wrong password to the address, and says how long until it opens if it is spent. Only wrong
    /// passwords are charged and only they are answered with a pause: on a shared connection (a shelter's wifi)
    /// someone else's guesses never keep out a moderator who knows their password.
    /// </summary>
    private async Task<TimeSpan?> AddressSpentAsync(string addressKey)
    {
        if (!limits.Enabled) return null;
        var window = limits.ModeratorSignIn;
        var (charge, spent) = await budgets.TakeAsync([($"{RateLimitPolicies.ModeratorSignIn}@address:{addressKey}", window.PermitLimit, window.Window)], null);
        if (charge is null) return spent.Wait;
        charge.Keep();
        charge.Dispose();
        return null;
    }

    /// <summary>Finds an account for the command-line verbs, or says in one sentence that there is none.</summary>
    public async Task<Moderator> FindAsync(string name, CancellationToken cancellationToken)
    {
        var key = Moderator.KeyOf(name);
        return await db.Moderators.SingleOrDefaultAsync(m => m.NameKey == key, cancellationToken)
               ?? throw new DomainRuleException($"There is no moderator called \"{name.Trim()}\".");
    }

    public async Task EndSessionsAsync(int moderatorId, CancellationToken cancellationToken)
    {
        var moderator = await db.Moderators.SingleOrDefaultAsync(m => m.Id == moderatorId, cancellationToken);
        if (moderator is null) return;
        moderator.EndSessions();
        await SaveAsync(moderator, cancellationToken);
    }

    /// <summary>Saves a change made through one of the account's own methods (role, removal, clearing guesses, sign-out).</summary>
    public async Task SaveAsync(Moderator moderator, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        sessions.Forget(moderator.Id);
    }

    private static readonly string UnknownAccountHash = new PasswordHasher<Moderator>().HashPassword(null!, "no account has this password");
}
