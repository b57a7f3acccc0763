namespace Forum.Domain.Reactions;

/// <summary>
/// One pseudonym's reaction to one post. Made only by the post (<c>thread.React</c>, <c>reply.React</c>), which
/// checks that it can take one. There is no time on it and nothing else: the forum needs to know how many people
/// reacted and whether the reader did, and never a list of who or when.
/// </summary>
public sealed class Reaction
{
    private Reaction() { }

    internal Reaction(PostKind postKind, long postId, Guid pseudonymId, ReactionKind kind)
    {
        PostKind = postKind;
        PostId = postId;
        PseudonymId = pseudonymId;
        Kind = kind;
    }

    public PostKind PostKind { get; private set; }
    public long PostId { get; private set; }
    public Guid PseudonymId { get; private set; }
    public ReactionKind Kind { get; private set; }
}
