namespace Forum.Data.Moderation;

/// <summary>Another moderator changed the same post or pseudonym after this one's page was shown; nothing was saved.</summary>
public sealed class ModerationConflictException(Exception? inner = null) : Exception(Explanation, inner)
{
    public const string Explanation =
        "Another moderator changed this a moment ago, so your action wasn't saved and nothing of theirs was overwritten. " +
        "Here is how it looks now; please decide again.";
}
