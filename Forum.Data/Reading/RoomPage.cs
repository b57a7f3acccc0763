namespace Forum.Data.Reading;

public sealed record RoomPage(RoomSummary Room, IReadOnlyList<ThreadSummary> Pinned, Page<ThreadSummary> Threads, bool IsFirstPage);
