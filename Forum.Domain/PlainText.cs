namespace Forum.Domain;

/// <summary>
/// The one rule for every string the forum stores. Characters that are never words are taken out: control
/// characters (C0, DEL, C1; a body keeps tab and line breaks), noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF and
/// the last two of every plane) and halves of surrogate pairs. PostgreSQL cannot hold NUL, an Atom feed (XML)
/// cannot hold the other controls or U+FFFE, and .NET's normalization throws on some of them, so any of them
/// reaching a page, a feed or a name key could fail that request for everyone.
/// Short texts shown inline (titles, names, labels, notes) also lose the bidirectional controls
/// (<see cref="BidiControls"/>): there they could turn the words around them backwards. A post body keeps them,
/// and the page shows it in its own isolated direction (dir="auto").
/// Removing is kinder than refusing here: the writer's words stay, and none of these characters shows anyway.
/// </summary>
public static class PlainText
{
    /// <summary>A post body: controls but tab and line breaks, noncharacters and lone surrogates removed.</summary>
    public static string Storable(string text) => Clean(text, keepLines: true, keepBidi: true);

    /// <summary>A note that may have lines (a report's note, a moderator's notice): as a body, and no bidi controls.</summary>
    public static string Note(string text) => Clean(text, keepLines: true, keepBidi: false);

    /// <summary>A one-line text (a title, a name, a label): as a note, and tabs and line breaks become spaces.</summary>
    public static string Line(string text) => Clean(text, keepLines: false, keepBidi: false);

    /// <summary>
    /// <see cref="string.Normalize(NormalizationForm)"/> that never throws: it refuses some code points, and one
    /// string a person typed must never fail the request. Falls back to the cleaned text unnormalized.
    /// </summary>
    public static string Normalized(string text, NormalizationForm form)
    {
        var clean = Storable(text);
        try
        {
            return clean.Normalize(form);
        }
        catch (ArgumentException)
        {
            return clean;
        }
    }

    /// <summary>Whether <paramref name="codePoint"/> is one of the 66 noncharacters.</summary>
    public static bool IsNoncharacter(int codePoint) =>
        codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;

    /// <summary>Whether the <see cref="char"/> is a control the stored text never keeps (tab and line breaks aside).</summary>
    public static bool IsControl(char c) => c is < ' ' or (>= '\u007F' and <= '\u009F');

    private static string Clean(string text, bool keepLines, bool keepBidi)
    {
        if (!NeedsCleaning(text, keepLines, keepBidi)) return text;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (!IsNoncharacter(char.ConvertToUtf32(c, text[i + 1]))) builder.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (IsLineCharacter(c))
            {
                builder.Append(keepLines ? c : ' ');
            }
            else if (!Removed(c, keepBidi))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    private static bool IsLineCharacter(char c) => c is '\t' or '\n' or '\r';

    private static bool Removed(char c, bool keepBidi) =>
        IsControl(c) || char.IsSurrogate(c) || IsNoncharacter(c) || (!keepBidi && BidiControls.IsBidiControl(c));

    private static bool NeedsCleaning(string text, bool keepLines, bool keepBidi)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsLineCharacter(c))
            {
                if (!keepLines) return true;
                continue;
            }
            if (c < ' ') return true;
            if (c < '\u007F') continue;
            if (Removed(c, keepBidi) && !char.IsSurrogate(c)) return true;
            if (!char.IsSurrogate(c)) continue;
            if (!char.IsHighSurrogate(c) || i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])) return true;
            if (IsNoncharacter(char.ConvertToUtf32(c, text[i + 1]))) return true;
            i++;
        }
        return false;
    }
}
