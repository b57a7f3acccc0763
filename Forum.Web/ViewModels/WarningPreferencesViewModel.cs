namespace Forum.Web.ViewModels;

/// <param name="DraftsKept">Whether this browser keeps drafts and previews of what the reader writes (<see cref="DraftsOnDevice"/>).</param>
public sealed record WarningPreferencesViewModel(IReadOnlySet<ContentWarning> Shown, bool Saved, bool DraftsKept);
