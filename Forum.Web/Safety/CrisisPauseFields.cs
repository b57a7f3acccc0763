namespace Forum.Web.Safety;

/// <summary>
/// The writer's words and choices a crisis pause carries in hidden fields, read back from a form that came from a
/// composer or from the pause itself. One list of what is not carried, for every place that shows the pause again.
/// </summary>
public static class CrisisPauseFields
{
    private static readonly HashSet<string> NotCarried = new(StringComparer.OrdinalIgnoreCase)
    {
        "__form", "intent", Honeypot.FieldName, ReaderCountry.FieldName,
    };

    public static List<KeyValuePair<string, string>> Carried(IFormCollection form) =>
        form.Where(field => !NotCarried.Contains(field.Key))
            .SelectMany(field => field.Value.Select(value => new KeyValuePair<string, string>(field.Key, value ?? "")))
            .ToList();
}
