using System.Globalization;

namespace Forum.Domain.Stories;

/// <summary>The readable part of a thread's URL. Only decoration: the id finds the thread, and a wrong slug redirects.</summary>
public static class Slug
{
    public const int MaxLength = 80;

    public static string From(string title)
    {
        var builder = new StringBuilder(Math.Min(title.Length, MaxLength));
        var pendingDash = false;
        foreach (var c in PlainText.Normalized(PlainText.Line(title), NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || c is >= 'A' and <= 'Z')
            {
                if (pendingDash && builder.Length > 0)
                {
                    // A dash is only worth keeping with a letter after it, and the two must fit the column together.
                    if (builder.Length + 2 > MaxLength) break;
                    builder.Append('-');
                }
                pendingDash = false;
                builder.Append(char.ToLowerInvariant(c));
                if (builder.Length >= MaxLength) break;
            }
            else
            {
                pendingDash = true;
            }
        }
        return builder.Length == 0 ? "story" : builder.ToString().TrimEnd('-');
    }
}
