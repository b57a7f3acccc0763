namespace Forum.Domain.Stories;

/// <summary>The short, lower-case spellings used in the database and in URLs (/posts/thread/12/familiar).</summary>
public static class PostKindText
{
    public const int MaxLength = 10;

    public static readonly StoredCodes<PostKind> Codes = new("kind of post",
        (PostKind.Story, "thread", "story"),
        (PostKind.Reply, "reply", "reply"));
}
