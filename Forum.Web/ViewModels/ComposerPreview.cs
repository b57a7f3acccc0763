namespace Forum.Web.ViewModels;

/// <summary>What a preview shows: the words as readers will see them, under their title and behind their warnings.</summary>
/// <param name="Title">A story's title; null for a reply or an edit of a reply.</param>
public sealed record ComposerPreview(string? Title, string Html, ContentWarningSet Warnings)
{
    /// <summary>Null when no preview was asked for. A preview is made only from a draft the validators passed, so its warnings are known ones.</summary>
    public static ComposerPreview? Of(string? title, string? html, IWarnedDraft draft) =>
        html is null ? null : new ComposerPreview(title, html, draft.ContentWarnings());
}
