namespace Forum.Domain.Pseudonyms;

/// <summary>Stored spellings (pseudonyms.badge, form values) and the words people read, written once.</summary>
public static class VerifiedBadgeText
{
    public const int MaxLength = 20;

    public static string Of(VerifiedBadge badge) => badge switch
    {
        VerifiedBadge.PeerSupporter => "peer_supporter",
        VerifiedBadge.Professional => "professional",
        _ => throw new ArgumentOutOfRangeException(nameof(badge), badge, null),
    };

    public static bool TryParse(string? text, out VerifiedBadge badge)
    {
        switch (text)
        {
            case "peer_supporter": badge = VerifiedBadge.PeerSupporter; return true;
            case "professional": badge = VerifiedBadge.Professional; return true;
            default: badge = default; return false;
        }
    }

    public static VerifiedBadge Parse(string text) =>
        TryParse(text, out var badge) ? badge : throw new FormatException($"'{text}' is not a badge.");

    public static string Label(VerifiedBadge badge) => badge switch
    {
        VerifiedBadge.PeerSupporter => "Peer supporter",
        VerifiedBadge.Professional => "Professional",
        _ => throw new ArgumentOutOfRangeException(nameof(badge), badge, null),
    };

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
