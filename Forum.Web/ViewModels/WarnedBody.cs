namespace Forum.Web.ViewModels;

/// <summary>A post's stored HTML and the warnings it is folded behind.</summary>
/// <param name="IsOwn">The reader wrote it: their own words are never folded away from them.</param>
public sealed record WarnedBody(string Html, ContentWarningSet Warnings, bool IsOwn = false);
