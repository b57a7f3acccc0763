namespace Forum.Domain;

/// <summary>
/// Makes submitted text storable as it is: PostgreSQL text cannot hold NUL, and half of a surrogate pair is
/// not valid UTF-8. Both become U+FFFD, which is also what CommonMark does with NUL. Nothing else changes.
/// </summary>
public static class PlainText
{
    public static string Storable(string text)
    {
        if (!NeedsCleaning(text)) return text;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (c == '\0' || char.IsSurrogate(c))
            {
                builder.Append('\uFFFD');
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    private static bool NeedsCleaning(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0') return true;
            if (!char.IsSurrogate(c)) continue;
            if (!char.IsHighSurrogate(c) || i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])) return true;
            i++;
        }
        return false;
    }
}
