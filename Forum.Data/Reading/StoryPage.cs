namespace Forum.Data.Reading;

public sealed record StoryPage(StoryDetail Story, Page<ReplyView> Replies, bool IsFirstPage, ReaderReactions Familiar);

public sealed record StoryDetail(
    long Id,
    string Slug,
    string Title,
    RoomSummary Room,
    Guid? AuthorId,
    string? AuthorName,
    string BodyHtml,
    DateTimeOffset CreatedAt,
    int ReplyCount,
    bool IsLocked,
    string? LockReason,
    int FamiliarCount,
    string[] ContentWarnings,
    string? ContentWarningLabel,
    DateTimeOffset? EditedAt,
    bool IsDeletedByWriter,
    VerifiedBadge? AuthorBadge = null,
    bool IsHeld = false,
    DateOnly? AuthorCountStartedOn = null,
    bool ReaderFollows = false)
{
    public ContentWarningSet Warnings => ContentWarningSet.FromCodes(ContentWarnings, ContentWarningLabel);
}

public sealed record ReplyView(
    long Id, Guid? AuthorId, string? AuthorName, string BodyHtml, DateTimeOffset CreatedAt, bool IsRemoved, int FamiliarCount,
    string[] ContentWarnings, string? ContentWarningLabel, DateTimeOffset? EditedAt, bool IsDeletedByWriter,
    VerifiedBadge? AuthorBadge = null, bool IsHeld = false, DateOnly? AuthorCountStartedOn = null)
{
    public ContentWarningSet Warnings => ContentWarningSet.FromCodes(ContentWarnings, ContentWarningLabel);
}
