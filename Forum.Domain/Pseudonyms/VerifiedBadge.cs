namespace Forum.Domain.Pseudonyms;

/// <summary>
/// A badge a moderator grants after checking, never one a writer claims. It says what was checked and nothing
/// more: a peer supporter has been trained to listen, a professional's qualification has been seen.
/// </summary>
public enum VerifiedBadge
{
    PeerSupporter,
    Professional,
}
