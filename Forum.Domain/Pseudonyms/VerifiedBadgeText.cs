namespace Forum.Domain.Pseudonyms;

/// <summary>Stored spellings (pseudonyms.badge, form values) and the words people read, written once.</summary>
public static class VerifiedBadgeText
{
    public const int MaxLength = 20;

    public static readonly StoredCodes<VerifiedBadge> Codes = new("badge",
        (VerifiedBadge.PeerSupporter, "peer_supporter", "Peer supporter"),
        (VerifiedBadge.Professional, "professional", "Professional"));

    /// <summary>What the badge means and, as plainly, what it does not.</summary>
    public static string Meaning(VerifiedBadge badge) => badge switch
    {
        VerifiedBadge.PeerSupporter =>
            "Verified peer supporter: the moderators have checked that this person has peer-support training. " +
            "They share lived experience; they are not a therapist or doctor, and their words are not medical advice.",
        VerifiedBadge.Professional =>
            "Verified professional: the moderators have seen this person's professional qualification. " +
            "Posts here are still peer support, not treatment: they don't know your situation and are not your clinician.",
        _ => throw new ArgumentOutOfRangeException(nameof(badge), badge, null),
    };
}
