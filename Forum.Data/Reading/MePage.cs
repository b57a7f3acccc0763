namespace Forum.Data.Reading;

/// <summary>A reply to one of the writer's stories, or to a story they follow, as their inbox lists it.</summary>
/// <param name="OwnerName">Which of the browser's names it came to.</param>
/// <param name="IsFollowed">It came because that name follows the story, not because it wrote it.</param>
public sealed record InboxItem(
    long ReplyId, long StoryId, string StorySlug, string StoryTitle, string OwnerName, string? ReplierName,
    DateTimeOffset CreatedAt, bool IsNew, bool IsFollowed);

/// <summary>"N people found this familiar", about one of the writer's posts. How many, never who or when.</summary>
public sealed record FamiliarNote(bool IsStory, long PostId, long StoryId, string StorySlug, string StoryTitle, string WriterName, int Count);

/// <summary>
/// One of the writer's own posts, listed on /me with ways to edit or delete it; or, when the moderators removed
/// it, with the reason they gave, since there is nothing left to edit.
/// </summary>
public sealed record OwnPostSummary(
    bool IsStory, long PostId, long StoryId, string StorySlug, string StoryTitle, string WriterName, DateTimeOffset CreatedAt,
    DateTimeOffset? RemovedAt, string? RemovalReason)
{
    public bool IsRemoved => RemovedAt is not null;
}

public sealed record Inbox(IReadOnlyList<InboxItem> Items, IReadOnlyList<FamiliarNote> Familiar, IReadOnlyList<OwnPostSummary> Posts)
{
    /// <summary>The newest reply listed: "mark as read" goes this far and no further, so a reply arriving meanwhile stays new.</summary>
    public long NewestReplyId => Items.Count == 0 ? 0 : Items.Max(i => i.ReplyId);
}
