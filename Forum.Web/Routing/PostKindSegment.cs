namespace Forum.Web.Routing;

/// <summary>
/// How a post kind is spelled in a URL segment. Readers' URLs use the stored spelling (/posts/thread/12/report);
/// the moderators' pages use plurals (/mod/threads/12), as they always have, so bookmarks keep working.
/// </summary>
public static class PostKindSegment
{
    public static string Plural(PostKind kind) => kind switch
    {
        PostKind.Story => "threads",
        PostKind.Reply => "replies",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParsePlural(string? text, out PostKind kind)
    {
        switch (text)
        {
            case "threads": kind = PostKind.Story; return true;
            case "replies": kind = PostKind.Reply; return true;
            default: kind = default; return false;
        }
    }

    /// <summary>Either spelling: the route constraint has already decided which one the URL may use.</summary>
    public static bool TryParse(string? text, out PostKind kind) =>
        PostKindText.Codes.TryParse(text, out kind) || TryParsePlural(text, out kind);
}
