namespace Forum.Web.ViewModels;

public sealed record WarningPreferencesViewModel(IReadOnlySet<ContentWarning> Shown, bool Saved);
