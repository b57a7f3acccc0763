namespace Forum.Data.Reading;

public sealed record HomePage(IReadOnlyList<RoomWithLatest> Rooms, IReadOnlyList<StorySummary> Latest);

public sealed record RoomWithLatest(RoomSummary Room, IReadOnlyList<StorySummary> Latest);
