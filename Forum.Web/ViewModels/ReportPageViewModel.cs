namespace Forum.Web.ViewModels;

public sealed record ReportPageViewModel(PostKind Kind, long PostId, ReportablePost Post, ReportForm Form);
