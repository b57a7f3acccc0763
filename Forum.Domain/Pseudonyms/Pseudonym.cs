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
}
