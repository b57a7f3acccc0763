namespace Forum.Web.ViewModels;

/// <param name="Room">The room the directory is filtered for, or null for everything.</param>
public sealed record SupportViewModel(IReadOnlyList<SupportEntry> Entries, IReadOnlyList<RoomSummary> Rooms, RoomSummary? Room)
{
    /// <summary>Entries for the chosen room (and those meant for every room), or all of them.</summary>
    public IEnumerable<SupportEntry> Shown => Room is null
        ? Entries
        : Entries.Where(e => e.Rooms.Count == 0 || e.Rooms.Contains(Room.Slug));
}
