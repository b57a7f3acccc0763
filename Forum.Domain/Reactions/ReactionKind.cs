namespace Forum.Domain.Reactions;

/// <summary>
/// The reactions the forum offers. Deliberately a small, fixed set and never a score: adding one is a
/// migration (the table's check constraint) and a counter of its own on the posts.
/// </summary>
public enum ReactionKind
{
    /// <summary>"This feels familiar": the reader recognises the story.</summary>
    Familiar,
}
