namespace Forum.Data.Reading;

/// <summary>A reply to one of the writer's stories, or to a story they follow, as their inbox lists it.</summary>
/// <param name="OwnerName">Which of the browser's names it came to.</param>
/// <param name="IsFollowed">It came because that name follows the story, not because it wrote it.</param>
/// <param name="ReplyWarningCodes">The reply's content warnings; the inbox never shows its words, but names what they are about.</param>
/// <param name="StoryWarningCodes">The story's, so a followed story's warnings are named beside its title as in every list.</param>
public sealed record InboxItem(
    long ReplyId, long StoryId, string StorySlug, string StoryTitle, string OwnerName, string? ReplierName,
    DateTimeOffset CreatedAt, bool IsNew, bool IsFollowed,
    string[] ReplyWarningCodes, string? ReplyWarningLabel, string[] StoryWarningCodes, string? StoryWarningLabel)
{
    /// <summary>What the link leads to is folded behind: the reply's warnings, then the story's.</summary>
    public ContentWarningSet Warnings =>
        ContentWarningSet.FromCodes(ReplyWarningCodes, ReplyWarningLabel).With(ContentWarningSet.FromCodes(StoryWarningCodes, StoryWarningLabel));
}

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
