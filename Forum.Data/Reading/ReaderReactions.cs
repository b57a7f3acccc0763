namespace Forum.Data.Reading;

/// <summary>
/// Which posts on a page the reader has found familiar, so their buttons show as pressed. Only ever about the
/// reader themselves: nobody is shown who else reacted.
/// </summary>
public sealed record ReaderReactions(bool Story, IReadOnlySet<long> Replies)
{
    public static readonly ReaderReactions None = new(false, new HashSet<long>());

    /// <summary>Whether the reader found this post familiar; a story and a reply may share an id.</summary>
    public bool Pressed(PostView post) => post.Kind == PostKind.Story ? Story : Replies.Contains(post.Id);
}
