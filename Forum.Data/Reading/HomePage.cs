namespace Forum.Data.Reading;

public sealed record HomePage(IReadOnlyList<RoomWithLatest> Rooms, IReadOnlyList<ThreadSummary> Latest);

public sealed record RoomWithLatest(RoomSummary Room, IReadOnlyList<ThreadSummary> Latest);
