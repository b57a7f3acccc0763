namespace Forum.Web.ViewModels;

public sealed record ModeratedPostViewModel(ModeratedPost Post, IReadOnlyList<RoomSummary> Rooms);
