namespace Forum.Web.ViewModels;

/// <param name="Pseudonym">Null before this browser has a pseudonym: the first check-in or count makes one.</param>
public sealed record ProgressViewModel(Pseudonym? Pseudonym, ProgressPage Page, ProgressChart Chart, CheckInDraft CheckIn, MilestoneDraft Milestone);
