namespace Forum.Domain.Safety.Risk;

/// <summary>
/// How strongly a post's words suggest its writer may be at risk right now. Stored on the post as a small number
/// (never the words, never which words), seen only by moderators, and gone with the post.
/// </summary>
public enum RiskBand
{
    /// <summary>Nothing to act on.</summary>
    None = 0,

    /// <summary>Some signs: the writer is shown the crisis pause and the post enters the queue after the likely ones.</summary>
    Possible = 1,

    /// <summary>Clear signs: the pause, and the post goes first in the moderators' queue.</summary>
    Likely = 2,
}
