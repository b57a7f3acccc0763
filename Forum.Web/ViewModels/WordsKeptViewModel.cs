namespace Forum.Web.ViewModels;

/// <summary>
/// A form sent while the database was away, shown again: the title and body editable as they were typed, every other
/// field (the submission key, the content warnings) carried along unseen, so that one press sends it again.
/// </summary>
/// <param name="Intent">What the writer pressed (post, preview, post anyway), pressed again by "Try again".</param>
public sealed record WordsKeptViewModel(string Action, IReadOnlyList<KeyValuePair<string, string>> Fields, string Intent)
{
    public const string TitleField = "Title";
    public const string BodyField = "Body";

    public static bool IsWords(string field) =>
        string.Equals(field, TitleField, StringComparison.OrdinalIgnoreCase) || string.Equals(field, BodyField, StringComparison.OrdinalIgnoreCase);

    public string? Title => Value(TitleField);

    public string? Body => Value(BodyField);

    public IEnumerable<KeyValuePair<string, string>> Carried => Fields.Where(f => !IsWords(f.Key));

    private string? Value(string field) =>
        Fields.Where(f => string.Equals(f.Key, field, StringComparison.OrdinalIgnoreCase)).Select(f => f.Value).FirstOrDefault();
}
