using Forum.Domain.Rooms;

namespace Forum.Web.ViewModels;

public sealed record RoomAdminViewModel(IReadOnlyList<Room> Rooms);
