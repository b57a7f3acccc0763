namespace Forum.Domain.Pseudonyms;

/// <summary>Folds a name to the form that uniqueness is judged on: case and spacing do not make a new name.</summary>
public static class PseudonymNameKey
{
    public static string Of(string name) =>
        string.Concat(name.Where(c => !char.IsWhiteSpace(c)).Select(char.ToLowerInvariant));
}
