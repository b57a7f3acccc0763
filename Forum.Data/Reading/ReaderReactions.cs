namespace Forum.Data.Reading;

/// <summary>
/// Which posts on a page the reader has found familiar, so their buttons show as pressed. Only ever about the
/// reader themselves: nobody is shown who else reacted.
/// </summary>
public sealed record ReaderReactions(bool Story, IReadOnlySet<long> Replies)
{
    public static readonly ReaderReactions None = new(false, new HashSet<long>());
}
