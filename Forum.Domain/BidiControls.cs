namespace Forum.Domain;

/// <summary>
/// The bidirectional controls: embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the marks
/// (LRM U+200E, RLM U+200F, ALM U+061C). In a one-line text such as a title, a name or a warning's label they can
/// make words read backwards or spill their direction into the page around them, and a writer never needs them
/// there: the page sets direction itself (<c>&lt;bdi&gt;</c>, <c>dir="auto"</c>). <see cref="PlainText"/> removes them.
/// </summary>
public static class BidiControls
{
    public static bool IsBidiControl(char c) =>
        c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';

    public static string Strip(string text) =>
        text.AsSpan().IndexOfAny(Controls) < 0 ? text : new string(text.Where(c => !IsBidiControl(c)).ToArray());

    private static readonly System.Buffers.SearchValues<char> Controls = System.Buffers.SearchValues.Create(
        "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C");
}
