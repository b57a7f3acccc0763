using Forum.Data.Moderation;
using Forum.Domain.Reactions;

namespace Forum.Web.ViewModels;

public sealed record ReportPageViewModel(PostKind Kind, long PostId, ReportablePost Post, ReportForm Form);
