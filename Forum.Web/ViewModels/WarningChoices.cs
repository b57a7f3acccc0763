namespace Forum.Web.ViewModels;

/// <summary>The content warning boxes in a composer, ticked as the writer left them.</summary>
public sealed record WarningChoices(IWarnedDraft Draft, bool Required);
