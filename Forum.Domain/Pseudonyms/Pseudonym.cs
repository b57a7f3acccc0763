namespace Forum.Domain.Pseudonyms;

/// <summary>
/// A throwaway name someone writes under. The server keeps only a hash of the secret the browser holds, and of
/// the recovery key if one was made, so nobody here, operators included, can tell who is behind it.
/// </summary>
public sealed class Pseudonym
{
    public const int NameMinLength = PseudonymName.MinLength;
    public const int NameMaxLength = PseudonymName.MaxLength;
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

    /// <summary>The name folded for comparison (<see cref="PseudonymNameKey"/>); unique, so look-alike names cannot both exist.</summary>
    public string NameKey { get; private set; } = "";

    public byte[] SecretHash { get; private set; } = [];

    /// <summary>A hash of the recovery key, when one has been made; the key itself was shown once and never kept.</summary>
    public byte[]? RecoveryHash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The newest reply to this pseudonym's stories that its inbox has marked as read (reply ids only grow).</summary>
    public long InboxReadThrough { get; private set; }

    public bool HasRecoveryKey => RecoveryHash is not null;

    private readonly List<Moderation.ModeratorNotice> _notices = [];

    /// <summary>
    /// The moderators' notices loaded with the pseudonym: the browser's session loads the unread ones in the same
    /// query as the pseudonym itself, so showing them costs a page nothing.
    /// </summary>
    public IReadOnlyList<Moderation.ModeratorNotice> Notices => _notices;

    /// <returns>False when no unread notice with this id was loaded for this pseudonym: someone else's, or read already.</returns>
    public bool ReadNotice(long noticeId, DateTimeOffset now)
    {
        var notice = _notices.FirstOrDefault(n => n.Id == noticeId && !n.IsRead);
        notice?.MarkRead(now);
        return notice is not null;
    }

    /// <summary>A pseudonym under <paramref name="name"/>, which must meet every rule in <see cref="PseudonymName"/>.</summary>
    public static Pseudonym Create(string name, PseudonymSecret secret, DateTimeOffset now)
    {
        var tidy = PseudonymName.Tidy(name);
        RequireAcceptable(tidy, reservedWordsAllowed: false);
        return new Pseudonym(Guid.NewGuid(), tidy, secret.Hash(), now);
    }

    /// <summary>The forum's own voice (the guidelines' author), the one writer allowed a reserved word in its name.</summary>
    public static Pseudonym CreateForTheForum(string name, DateTimeOffset now)
    {
        var tidy = PseudonymName.Tidy(name);
        RequireAcceptable(tidy, reservedWordsAllowed: true);
        return new Pseudonym(Guid.NewGuid(), tidy, PseudonymSecret.New().Hash(), now);
    }

    /// <summary>A pseudonym with a recovery key from the start; the key is returned to be shown once.</summary>
    public static (Pseudonym Pseudonym, RecoveryKey Key) CreateRecoverable(string name, DateTimeOffset now)
    {
        var key = RecoveryKey.New();
        var pseudonym = Create(name, key.Secret(), now);
        pseudonym.RecoveryHash = key.LookupHash();
        return (pseudonym, key);
    }

    /// <summary>Used when a generated name turns out to be taken already; the unique index is the judge.</summary>
    public void Rename(string name)
    {
        var tidy = PseudonymName.Tidy(name);
        RequireAcceptable(tidy, reservedWordsAllowed: false);
        Name = tidy;
        NameKey = PseudonymNameKey.Of(tidy);
    }

    /// <summary>
    /// A new recovery key, replacing any earlier one. The secret changes with it, so browsers that held the
    /// pseudonym through the old key have to enter the new one: a key someone else may have seen stops working.
    /// </summary>
    public (RecoveryKey Key, PseudonymSecret Secret) IssueRecoveryKey()
    {
        var key = RecoveryKey.New();
        var secret = key.Secret();
        SecretHash = secret.Hash();
        RecoveryHash = key.LookupHash();
        return (key, secret);
    }

    public void MarkInboxRead(long throughReplyId)
    {
        if (throughReplyId > InboxReadThrough) InboxReadThrough = throughReplyId;
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

    /// <summary>Lifts the ban; a ban notice not read yet is put away with it (when loaded), since it would say the name is paused.</summary>
    public void Unban(DateTimeOffset now)
    {
        if (!IsBanned(now)) throw new DomainRuleException("This name is not banned.");
        BannedAt = null;
        BannedUntil = null;
        ModerationVersion++;
        foreach (var notice in _notices.Where(n => n.Kind == Moderation.NoticeKind.Ban)) notice.MarkRead(now);
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

    private static void RequireAcceptable(string name, bool reservedWordsAllowed)
    {
        if (PseudonymName.RefusalOf(name, reservedWordsAllowed) is { } reason) throw new DomainRuleException(reason);
    }
}
