using Forum.Domain.Safety.Risk;

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

/// <summary>
/// A post whose words the risk detector read as "may be at risk", nobody having reported it: how strongly, since when,
/// and its writer's name to write to (null when burned). Public or held; never one its writer deleted.
/// </summary>
public sealed record RiskItem(
    PostKind Kind, long PostId, long StoryId, string StoryTitle, string RoomName, RiskBand Band, DateTimeOffset WrittenAt,
    string? WriterName, int ModerationVersion);

/// <summary>The queue, in the order moderators read it: who may be at risk, then reports, then posts held for review.</summary>
public sealed record ModerationQueue(IReadOnlyList<RiskItem> AtRisk, IReadOnlyList<QueueItem> Reported, IReadOnlyList<HeldItem> Held);

/// <summary>How many posts each section of the queue holds, and when the longest-waiting one someone may be at risk in arrived.</summary>
public sealed record QueueSummary(int AtRisk, int Reported, int Held, DateTimeOffset? OldestAtRisk);
