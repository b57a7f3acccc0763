namespace Forum.Data.Writing;

/// <summary>
/// A post's "this feels familiar" state after a press: whether this reader now counts among the people who
/// found it familiar, and how many that is. The thread's id and slug say where the post lives on the site.
/// </summary>
public sealed record FamiliarState(PostKind PostKind, long PostId, long StoryId, string StorySlug, bool Reacted, int Count);
