namespace Forum.Data.Reading;

/// <summary>A thread as lists show it: enough to choose what to read, nothing of the body.</summary>
public sealed record StorySummary(
    long Id,
    string Slug,
    string Title,
    string RoomSlug,
    string RoomName,
    string? AuthorName,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastActivityAt,
    int ReplyCount,
    bool IsPinned,
    bool IsLocked,
    string[] ContentWarnings,
    string? ContentWarningLabel)
{
    public ContentWarningSet Warnings => ContentWarningSet.FromCodes(ContentWarnings, ContentWarningLabel);
}
