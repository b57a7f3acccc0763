namespace Forum.Web.ViewModels;

/// <param name="Pseudonym">Null before this browser has a pseudonym: the first check-in or count makes one.</param>
public sealed record ProgressViewModel(Pseudonym? Pseudonym, ProgressPage Page, ProgressChart Chart, CheckInDraft CheckIn, MilestoneDraft Milestone);

/// <summary>The check-in form, as typed: parsed and checked by <see cref="CheckInDraftValidator"/>.</summary>
public sealed class CheckInDraft
{
    public string Day { get; set => field = value ?? ""; } = "";
    public string Mood { get; set => field = value ?? ""; } = "";
    public string Note { get; set => field = value ?? ""; } = "";
}

public sealed class MilestoneDraft
{
    public string Label { get; set => field = value ?? ""; } = "";
    public string StartedOn { get; set => field = value ?? ""; } = "";
}
