namespace Forum.Web.ViewModels;

public sealed record WaitingViewModel(Page<ThreadSummary> Stories, bool IsFirstPage);
