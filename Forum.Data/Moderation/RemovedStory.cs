namespace Forum.Data.Moderation;

/// <summary>A removed story on the moderators' list, with why it was removed, until the retention purge deletes it.</summary>
public sealed record RemovedStory(long Id, string Title, string RoomName, DateTimeOffset RemovedAt, string? RemovalReason);
