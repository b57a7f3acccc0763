namespace Forum.Domain.Pseudonyms;

/// <summary>
/// A throwaway name someone writes under. The server keeps only a hash of the secret the browser holds, so
/// nobody here, operators included, can tell who is behind it.
/// </summary>
public sealed class Pseudonym
{
    public const int NameMinLength = 3;
    public const int NameMaxLength = 32;
    public const int SecretHashLength = 32;

    private Pseudonym() { }

    private Pseudonym(Guid id, string name, byte[] secretHash, DateTimeOffset createdAt)
    {
        Id = id;
        Name = name;
        NameKey = PseudonymNameKey.Of(name);
        SecretHash = secretHash;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>The name folded for comparison; unique, so "Quiet Fern" and "quiet  fern" cannot both exist.</summary>
    public string NameKey { get; private set; } = "";

    public byte[] SecretHash { get; private set; } = [];
    public DateTimeOffset CreatedAt { get; private set; }

    public static Pseudonym Create(string name, PseudonymSecret secret, DateTimeOffset now)
    {
        RequireValidLength(name);
        return new Pseudonym(Guid.NewGuid(), name, secret.Hash(), now);
    }

    /// <summary>Used when a generated name turns out to be taken already; the unique index is the judge.</summary>
    public void Rename(string name)
    {
        RequireValidLength(name);
        Name = name;
        NameKey = PseudonymNameKey.Of(name);
    }

    private static void RequireValidLength(string name)
    {
        if (name.Length is < NameMinLength or > NameMaxLength)
            throw new DomainRuleException($"A name has {NameMinLength} to {NameMaxLength} characters.");
    }

    public bool IsHeldBy(PseudonymSecret secret) => secret.Matches(SecretHash);

    /// <summary>Set with <see cref="BannedUntil"/> null, the ban is for good.</summary>
    public DateTimeOffset? BannedAt { get; private set; }
    public DateTimeOffset? BannedUntil { get; private set; }
    public VerifiedBadge? Badge { get; private set; }

    /// <summary>Moved by every moderation change, so a moderator acting on an outdated page gets a conflict (see ModerationSaving).</summary>
    public int ModerationVersion { get; private set; }

    public bool IsBanned(DateTimeOffset now) => BannedAt is not null && (BannedUntil is null || BannedUntil > now);

    /// <summary>What a banned writer is told when they try to post or react. Reading always stays open.</summary>
    public static string BannedMessage(DateTimeOffset? until) => until is { } end
        ? $"The moderators have paused posting and reactions for this name until {end:d MMMM yyyy, HH:mm} UTC. You can still read everything. If you are struggling right now, the help page lists people you can talk to."
        : "The moderators have stopped this name from posting and reacting. You can still read everything. If you are struggling right now, the help page lists people you can talk to.";

    /// <summary>Called by everything that posts or reacts as this pseudonym.</summary>
    public void RefuseIfBanned(DateTimeOffset now)
    {
        if (IsBanned(now)) throw new DomainRuleException(BannedMessage(BannedUntil));
    }

    /// <param name="until">Null for good; otherwise a moment after <paramref name="now"/>.</param>
    public void Ban(DateTimeOffset now, DateTimeOffset? until)
    {
        if (IsBanned(now)) throw new DomainRuleException("This name is already banned. Lift the ban first to change it.");
        if (until is { } end && end <= now) throw new DomainRuleException("A ban for a period has to end in the future.");
        BannedAt = now;
        BannedUntil = until;
        ModerationVersion++;
    }

    public void Unban(DateTimeOffset now)
    {
        if (!IsBanned(now)) throw new DomainRuleException("This name is not banned.");
        BannedAt = null;
        BannedUntil = null;
        ModerationVersion++;
    }

    public void GrantBadge(VerifiedBadge badge)
    {
        if (Badge == badge) throw new DomainRuleException("This name already has that badge.");
        Badge = badge;
        ModerationVersion++;
    }

    public void RevokeBadge()
    {
        if (Badge is null) throw new DomainRuleException("This name has no badge to take away.");
        Badge = null;
        ModerationVersion++;
    }
}
