namespace Forum.Web.Identity;

/// <summary>A name made for someone on their first post or press, with the recovery key that can bring it back.</summary>
public sealed record MintedName(Pseudonym Pseudonym, RecoveryKey Key);
