namespace Forum.Data.Reading;

public sealed record RoomPage(RoomSummary Room, IReadOnlyList<StorySummary> Pinned, Page<StorySummary> Stories, bool IsFirstPage, RoomSort Sort = RoomSort.Active);
