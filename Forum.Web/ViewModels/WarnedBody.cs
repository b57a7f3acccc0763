using Forum.Domain.Safety;

namespace Forum.Web.ViewModels;

/// <summary>A post's stored HTML and the warnings it is folded behind.</summary>
public sealed record WarnedBody(string Html, ContentWarningSet Warnings);
