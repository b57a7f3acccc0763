namespace Forum.Web.ViewModels;

/// <summary>The reply composer, wherever it is shown: at the end of a story's replies, or on its own when quoting.</summary>
/// <param name="PreviewHtml">The reply as it will be published, when the writer asked for a preview.</param>
/// <param name="Shared">The page may go to every reader without a cookie, so the form carries no token (see Caching/SharedPages).</param>
/// <param name="WriteLink">On a shared page, the link to the same page made for one reader, where the form works.</param>
public sealed record ReplyForm(
    long StoryId, bool RequiresWarnings, ReplyDraft Draft, Pseudonym? WritingAs, string? PreviewHtml, bool Shared = false, string? WriteLink = null);
