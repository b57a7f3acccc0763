namespace Forum.Web.ViewModels;

/// <summary>The reply composer, wherever it is shown: at the end of a story's replies, or on its own when quoting.</summary>
/// <param name="PreviewHtml">The reply as it will be published, when the writer asked for a preview.</param>
public sealed record ReplyForm(long ThreadId, bool RequiresWarnings, ReplyDraft Draft, Pseudonym? WritingAs, string? PreviewHtml);
