namespace Forum.Web.ViewModels;

/// <summary>
/// The answer to a press made with JavaScript: what the page needs to update in place, worded by the server
/// so that it matches what a reload would show. <paramref name="NewName"/> and <paramref name="Note"/> are set only
/// when a name was just made, so the page can stop saying the reader has none.
/// </summary>
public sealed record FamiliarResponse(bool Reacted, int Count, string CountText, string Announcement, string? NewName, string? Note)
{
    public static FamiliarResponse From(FamiliarState state, MintedName? minted, Microsoft.Extensions.Localization.IStringLocalizer text) => new(
        state.Reacted,
        state.Count,
        FamiliarText.Count(state.Count, text),
        minted is null ? FamiliarText.Announcement(state.Reacted, state.Count, text) : $"{FamiliarText.Announcement(state.Reacted, state.Count, text)} {FamiliarText.NewName(minted.Pseudonym.Name, text)}",
        minted?.Pseudonym.Name,
        minted is null ? null : $"{FamiliarText.NewName(minted.Pseudonym.Name, text)} {NewNamePrompt.InWords(minted.Key.ToString())}");
}
