using Forum.Domain.Pseudonyms;

namespace Forum.Domain.Moderation;

/// <summary>
/// A moderator's account: a real, named account, separate from pseudonyms, made only by the `moderator add`
/// command. The password is kept as a hash made by the web layer (ASP.NET Core's PasswordHasher); the account
/// owns the lockout rule, so that guessing is slow whichever way the sign-in arrives.
/// </summary>
public sealed class Moderator
{
    public const int NameMinLength = 3;
    public const int NameMaxLength = 40;
    public const int PasswordMinLength = 12;
    public const int PasswordMaxLength = 200;
    public const int PasswordHashMaxLength = 200;
    public const int FailuresBeforeLockout = 5;
    public static readonly TimeSpan LockoutPeriod = TimeSpan.FromMinutes(15);

    private Moderator() { }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>The name folded as pseudonym names are, so "Sam" and "sam" cannot both be accounts.</summary>
    public string NameKey { get; private set; } = "";

    public string PasswordHash { get; private set; } = "";
    public ModeratorRole Role { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public int FailedSignIns { get; private set; }
    public DateTimeOffset? LockedOutUntil { get; private set; }

    public static Moderator Create(string name, ModeratorRole role, string passwordHash, DateTimeOffset now)
    {
        var trimmed = PlainText.Storable(name).Trim();
        if (trimmed.Length is < NameMinLength or > NameMaxLength)
            throw new DomainRuleException($"A moderator's name has {NameMinLength} to {NameMaxLength} characters.");
        if (string.IsNullOrEmpty(passwordHash))
            throw new DomainRuleException("A moderator needs a password.");
        return new Moderator
        {
            Name = trimmed,
            NameKey = PseudonymNameKey.Of(trimmed),
            PasswordHash = passwordHash,
            Role = role,
            CreatedAt = now,
        };
    }

    public static string KeyOf(string name) => PseudonymNameKey.Of(PlainText.Storable(name).Trim());

    public bool IsAdmin => Role == ModeratorRole.Admin;

    public bool IsLockedOut(DateTimeOffset now) => LockedOutUntil is { } until && until > now;

    /// <summary>A wrong password. The fifth in a row locks the account for a while, whoever is trying.</summary>
    public void SignInFailed(DateTimeOffset now)
    {
        if (IsLockedOut(now)) return; // attempts during a lockout are refused without being judged
        FailedSignIns++;
        if (FailedSignIns < FailuresBeforeLockout) return;
        LockedOutUntil = now + LockoutPeriod;
        FailedSignIns = 0;
    }

    public void SignedIn(DateTimeOffset now)
    {
        if (IsLockedOut(now)) throw new DomainRuleException("This account is locked for a little while after several wrong passwords.");
        FailedSignIns = 0;
        LockedOutUntil = null;
    }

    /// <summary>When the hasher says a stored hash is outdated, the fresh one replaces it after a good sign-in.</summary>
    public void ReplacePasswordHash(string passwordHash)
    {
        if (string.IsNullOrEmpty(passwordHash)) throw new DomainRuleException("A moderator needs a password.");
        PasswordHash = passwordHash;
    }
}
