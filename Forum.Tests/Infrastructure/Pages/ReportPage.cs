namespace Forum.Tests.Infrastructure.Pages;

/// <summary>The report form (/posts/{kind}/{id}/report) and what the reader sees after sending it.</summary>
public static class ReportPage
{
    public const string Category = "Category";
    public const string Note = "Note";
    public static readonly string CategoryError = ComposerForm.FieldError(Category);
    public static readonly string NoteError = ComposerForm.FieldError(Note);
    public const string Thanks = StoryPage.ReportThanks;
}
