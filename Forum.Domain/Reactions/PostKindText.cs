namespace Forum.Domain.Reactions;

/// <summary>
/// The short, lower-case spellings used in the database and in URLs (/posts/thread/12/familiar). Written out
/// rather than derived from the enum names, so that renaming a member can never rename stored data.
/// </summary>
public static class PostKindText
{
    public const int MaxLength = 10;

    public static string Of(PostKind kind) => kind switch
    {
        PostKind.Thread => "thread",
        PostKind.Reply => "reply",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParse(string? text, out PostKind kind)
    {
        switch (text)
        {
            case "thread": kind = PostKind.Thread; return true;
            case "reply": kind = PostKind.Reply; return true;
            default: kind = default; return false;
        }
    }

    public static PostKind Parse(string text) =>
        TryParse(text, out var kind) ? kind : throw new FormatException($"'{text}' is not a kind of post.");
}
