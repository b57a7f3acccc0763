namespace Forum.Domain.Moderation;

/// <summary>
/// A moderator's account: a real, named account, separate from pseudonyms, made only by the `moderator add`
/// command. The password is kept as a hash made by the web layer (ASP.NET Core's PasswordHasher); the account
/// owns its session stamp, so that ending sessions is one rule whichever way it is asked for.
/// </summary>
public sealed class Moderator
{
    public const int NameMinLength = 3;
    public const int NameMaxLength = 40;
    public const int PasswordMinLength = 12;
    public const int PasswordMaxLength = 200;
    public const int PasswordHashMaxLength = 200;
    /// <summary>
    /// Wrong guesses a device the moderator signed in on before (one holding its device cookie) may make in
    /// <see cref="GuessWindow"/>; after that the cookie is worth nothing until the window has passed.
    /// </summary>
    public const int GuessesPerDevice = 5;

    /// <summary>Wrong guesses at a name from new devices, all together, before each further one waits.</summary>
    public const int FreeGuesses = 2;

    public static readonly TimeSpan GuessWindow = TimeSpan.FromMinutes(15);

    /// <summary>The longest a new device waits between guesses at one name, however many there have been.</summary>
    public static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(5);

    /// <summary>How long wrong guesses at a name from new devices are remembered; longer than <see cref="LongestWait"/>, so a steady guesser stays slowed.</summary>
    public static readonly TimeSpan NewDeviceMemory = TimeSpan.FromHours(1);

    /// <summary>
    /// How long after the last wrong guess at a name a new device waits, when new devices have made
    /// <paramref name="wrongGuesses"/> of them: nothing for a typo or two, then 1, 2, 4 … seconds, at most
    /// <see cref="LongestWait"/>. A moderator who mistypes on a new device loses seconds; someone guessing gets
    /// a dozen tries an hour.
    /// </summary>
    public static TimeSpan WaitAfter(int wrongGuesses) =>
        wrongGuesses < FreeGuesses ? TimeSpan.Zero
        : wrongGuesses - FreeGuesses >= 9 ? LongestWait
        : TimeSpan.FromSeconds(Math.Min(LongestWait.TotalSeconds, 1 << (wrongGuesses - FreeGuesses)));

    private Moderator() { }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>The name folded as pseudonym names are, so "Sam" and "sam" cannot both be accounts.</summary>
    public string NameKey { get; private set; } = "";

    public string PasswordHash { get; private set; } = "";
    public ModeratorRole Role { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Wrong passwords since the last good sign-in, counted atomically in the database, from anywhere.</summary>
    public int FailedSignIns { get; private set; }

    /// <summary>No longer set: accounts are not locked. Kept for rows written before guesses were throttled instead.</summary>
    public DateTimeOffset? LockedOutUntil { get; private set; }

    /// <summary>Changed whenever the account's sessions must end (sign-out, role change, removal); sessions carry it.</summary>
    public Guid SecurityStamp { get; private set; } = Guid.NewGuid();

    public DateTimeOffset? RemovedAt { get; private set; }

    /// <summary>Set by `moderator unlock`: wrong guesses before this moment are forgotten.</summary>
    public DateTimeOffset? GuessesClearedAt { get; private set; }

    public static Moderator Create(string name, ModeratorRole role, string passwordHash, DateTimeOffset now)
    {
        var trimmed = PlainText.Line(name).Trim();
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

    public static string KeyOf(string name) => PseudonymNameKey.Of(PlainText.Line(name).Trim());

    public bool IsAdmin => Role == ModeratorRole.Admin;

    /// <summary>False once the account is removed: it can no longer sign in, and its sessions have ended.</summary>
    public bool IsActive => RemovedAt is null;

    /// <summary>
    /// A successful sign-in. The count of wrong passwords since the last one starts again; it never stops the
    /// right password, because guessing is slowed per guesser (see the web layer's sign-in throttle).
    /// </summary>
    public void SignedIn(DateTimeOffset now)
    {
        if (!IsActive) throw new DomainRuleException("This moderator account has been removed.");
        FailedSignIns = 0;
        LockedOutUntil = null;
    }

    /// <summary>Every session this account has, on every device and node, ends at its next request.</summary>
    public void EndSessions() => SecurityStamp = Guid.NewGuid();

    public void ChangeRole(ModeratorRole role)
    {
        if (!IsActive) throw new DomainRuleException("This moderator account has been removed.");
        if (role == Role) throw new DomainRuleException($"\"{Name}\" is already {(role == ModeratorRole.Admin ? "an admin" : "a moderator")}.");
        Role = role;
        EndSessions();
    }

    /// <summary>
    /// The account stays as a row, because the moderation log names it, but it can no longer sign in and its
    /// sessions end. Its name stays taken, so that nobody else can later act under it.
    /// </summary>
    public void Remove(DateTimeOffset now)
    {
        if (!IsActive) throw new DomainRuleException($"\"{Name}\" was already removed.");
        RemovedAt = now;
        EndSessions();
    }

    /// <summary>Wrong guesses made before now no longer slow anyone down on this account, the owner's own included.</summary>
    public void ClearGuesses(DateTimeOffset now)
    {
        if (!IsActive) throw new DomainRuleException("This moderator account has been removed.");
        FailedSignIns = 0;
        LockedOutUntil = null;
        GuessesClearedAt = now;
    }

    /// <summary>When the hasher says a stored hash is outdated, the fresh one replaces it after a good sign-in.</summary>
    public void ReplacePasswordHash(string passwordHash)
    {
        if (string.IsNullOrEmpty(passwordHash)) throw new DomainRuleException("A moderator needs a password.");
        PasswordHash = passwordHash;
    }
}
