namespace Forum.Data.Moderation;

/// <summary>
/// A reported post in the queue: whether anyone fears for someone's safety, how many reports, since when, its
/// first words as plain text, and its writer's name (null when the name was burned: nobody left to write to).
/// </summary>
public sealed record QueueItem(
    PostKind Kind, long PostId, long StoryId, string StoryTitle, string RoomName, bool AtRisk, int ReportCount, DateTimeOffset OldestReport,
    string Snippet, string? WriterName)
{
    /// <summary>What the readers who reported it wrote, oldest first (a report's note is optional).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>A post a watched phrase held back, waiting for a moderator to approve or reject it.</summary>
public sealed record HeldItem(PostKind Kind, long PostId, long StoryId, string StoryTitle, string RoomName, DateTimeOffset HeldAt);

public sealed record ModerationQueue(IReadOnlyList<QueueItem> Reported, IReadOnlyList<HeldItem> Held);
