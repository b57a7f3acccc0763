namespace Forum.Data.Moderation;

/// <summary>A story or a reply as a moderator sees it: whatever its state, with its reports and its writer's standing.</summary>
public sealed record ModeratedPost(
    PostKind Kind,
    long Id,
    long StoryId,
    string StorySlug,
    string StoryTitle,
    string RoomSlug,
    string RoomName,
    string BodyHtml,
    DateTimeOffset CreatedAt,
    int Version,
    bool IsLocked,
    string? LockReason,
    bool IsPinned,
    DateTimeOffset? RemovedAt,
    string? RemovalReason,
    DateTimeOffset? HeldAt,
    /// <summary>Neither removed nor held: the database's own column, so this record spells out no rule of its own.</summary>
    bool IsPublic,
    string[] ContentWarnings,
    string? ContentWarningLabel,
    ModeratedAuthor? Author)
{
    public IReadOnlyList<OpenReport> Reports { get; init; } = [];

    public ContentWarningSet Warnings => ContentWarningSet.FromCodes(ContentWarnings, ContentWarningLabel);
}

/// <summary>The writer's pseudonym, for bans and badges; null when it was burned.</summary>
public sealed record ModeratedAuthor(Guid Id, string Name, DateTimeOffset? BannedAt, DateTimeOffset? BannedUntil, VerifiedBadge? Badge, int Version)
{
    public bool IsBanned(DateTimeOffset now) => BannedAt is not null && (BannedUntil is null || BannedUntil > now);
}
