namespace Forum.Web.ViewModels;

public sealed record WaitingViewModel(Page<StorySummary> Stories, bool IsFirstPage);
