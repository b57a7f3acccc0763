namespace Forum.Domain.Rooms;

/// <summary>What an admin decides about a room: its name, what it is for, whether stories need a warning, and whether it has a feed.</summary>
public sealed record RoomSettings(string Name, string Description, bool RequiresContentWarnings, bool FeedEnabled);
