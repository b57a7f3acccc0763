namespace Forum.Data.Reading;

public sealed record StoryPage(StoryDetail Story, Page<PostView> Replies, bool IsFirstPage, ReaderReactions Familiar);

/// <summary>
/// One post as a story's page shows it, the story's words or a reply: the one read model both kinds share, so the
/// page marks them up once (Views/Shared/_Posts.cshtml).
/// </summary>
/// <param name="BodyHtml">The words, or "" for a reply the moderators removed (a notice stands in its place).</param>
public sealed record PostView(
    PostKind Kind, long Id, Guid? AuthorId, string? AuthorName, string BodyHtml, DateTimeOffset CreatedAt, bool IsRemoved, int FamiliarCount,
    string[] ContentWarnings, string? ContentWarningLabel, DateTimeOffset? EditedAt, bool IsDeletedByWriter,
    VerifiedBadge? AuthorBadge = null, bool IsHeld = false, DateOnly? AuthorCountStartedOn = null)
{
    public ContentWarningSet Warnings => ContentWarningSet.FromCodes(ContentWarnings, ContentWarningLabel);
}

/// <summary>The story as a container (title, room, lock, count) around its first post, <see cref="Post"/>.</summary>
public sealed record StoryDetail(
    PostView Post,
    string Slug,
    string Title,
    RoomSummary Room,
    int ReplyCount,
    bool IsLocked,
    string? LockReason,
    bool ReaderFollows = false)
{
    public long Id => Post.Id;

    public Guid? AuthorId => Post.AuthorId;

    public bool IsHeld => Post.IsHeld;

    public bool IsDeletedByWriter => Post.IsDeletedByWriter;
}
