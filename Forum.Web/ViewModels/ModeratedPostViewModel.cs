namespace Forum.Web.ViewModels;

/// <param name="Resolving">A report resolution that was refused, shown again with the reason the moderator wrote.</param>
public sealed record ModeratedPostViewModel(ModeratedPost Post, IReadOnlyList<RoomSummary> Rooms, ReportResolution? Resolving = null);

public sealed record ReportResolution(long ReportId, string? Reason);
