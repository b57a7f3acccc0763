namespace Forum.Data.Reading;

public sealed record RoomSummary(int Id, string Slug, string Name, string Description);
