using Forum.Domain.Rooms;

namespace Forum.Web.ViewModels;

/// <param name="Room">The room being changed, or null when a new one is being added.</param>
public sealed record RoomFormViewModel(Room? Room, RoomDraft Draft);
