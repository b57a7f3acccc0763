namespace Forum.Domain;

/// <summary>
/// The bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069). In a one-line
/// text such as a title or a warning's label they can make words read backwards or spill their direction into
/// the page around them, and a writer never needs them there: the page sets direction itself.
/// </summary>
public static class BidiControls
{
    public static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    public static string Strip(string text) =>
        text.AsSpan().IndexOfAnyInRange('\u202A', '\u202E') < 0 && text.AsSpan().IndexOfAnyInRange('\u2066', '\u2069') < 0
            ? text
            : new string(text.Where(c => !IsBidiControl(c)).ToArray());
}
