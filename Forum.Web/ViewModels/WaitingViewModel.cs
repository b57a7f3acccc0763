namespace Forum.Web.ViewModels;

public sealed record WaitingViewModel(WaitingPage Stories, bool IsFirstPage);
