namespace Forum.Tests.Infrastructure.Pages;

/// <summary>The selectors of the writing forms: a new story, a reply, an edit, and the fields every form shares.</summary>
public static class ComposerForm
{
    public const string Title = "input[name=Title]";
    public const string Body = "textarea[name=Body]";
    public const string CheckedWarnings = "input[name=Warnings][checked]";
    public const string WritingAs = ".writing-as strong";
    public const string Preview = ".preview .post-body";
    public const string AntiforgeryToken = "input[name=__form]";

    /// <summary>The error that belongs to the whole form rather than one field.</summary>
    public const string FormError = "#form-error";

    public const string AnyFieldError = ".field-error";

    /// <summary>A refused reply's words, shown to be kept when the story no longer takes replies.</summary>
    public const string KeptWords = ".kept-words textarea";

    /// <summary>The error under one field, as the field tag helper names it.</summary>
    public static string FieldError(string field) => $"#{field.ToLowerInvariant()}-error";
}
