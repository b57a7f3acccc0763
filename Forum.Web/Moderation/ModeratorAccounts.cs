using Forum.Data;
using Forum.Domain;
using Forum.Domain.Moderation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Forum.Web.Moderation;

/// <summary>Creating moderator accounts and checking their passwords, with ASP.NET Core Identity's PasswordHasher.</summary>
public sealed class ModeratorAccounts(ForumDbContext db, IPasswordHasher<Moderator> hasher, TimeProvider clock)
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

    public async Task<SignInOutcome> SignInAsync(string name, string password, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var key = Moderator.KeyOf(name);
        var moderator = await db.Moderators.SingleOrDefaultAsync(m => m.NameKey == key, cancellationToken);
        if (moderator is null)
        {
            // The same work as for a real account, so the time taken does not tell which names exist.
            hasher.VerifyHashedPassword(null!, UnknownAccountHash, password);
            return SignInOutcome.Refused;
        }
        if (moderator.IsLockedOut(now)) return SignInOutcome.LockedOut(moderator.LockedOutUntil!.Value);

        var verdict = hasher.VerifyHashedPassword(moderator, moderator.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            moderator.SignInFailed(now);
            await db.SaveChangesAsync(cancellationToken);
            return moderator.IsLockedOut(now) ? SignInOutcome.LockedOut(moderator.LockedOutUntil!.Value) : SignInOutcome.Refused;
        }
        moderator.SignedIn(now);
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
            moderator.ReplacePasswordHash(hasher.HashPassword(moderator, password));
        await db.SaveChangesAsync(cancellationToken);
        return SignInOutcome.SignedIn(moderator);
    }

    private static readonly string UnknownAccountHash = new PasswordHasher<Moderator>().HashPassword(null!, "no account has this password");
}
