using Forum.Data.Writing;
using Forum.Web.Infrastructure;

namespace Forum.Web.ViewModels;

/// <summary>
/// The answer to a press made with JavaScript: what the page needs to update in place, worded by the server
/// so that it matches what a reload would show. <paramref name="Note"/> is set only when a name was just made.
/// </summary>
public sealed record FamiliarResponse(bool Reacted, int Count, string CountText, string Announcement, string? Note)
{
    public static FamiliarResponse From(FamiliarState state, string? newName) => new(
        state.Reacted,
        state.Count,
        FamiliarText.Count(state.Count),
        newName is null ? FamiliarText.Announcement(state.Reacted, state.Count) : $"{FamiliarText.Announcement(state.Reacted, state.Count)} {FamiliarText.NewName(newName)}",
        newName is null ? null : FamiliarText.NewName(newName));
}
