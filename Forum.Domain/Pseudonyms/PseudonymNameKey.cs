using System.Globalization;

namespace Forum.Domain.Pseudonyms;

/// <summary>
/// Folds a name to the form uniqueness is judged on, so that nobody can take a name that only looks different
/// from someone else's: case, accents, spacing and punctuation, letters from other scripts that look like Latin
/// ones (Cyrillic "а", Greek "ο"), and the usual digit and letter swaps (0 for o, 1 or l for i, rn for m).
/// </summary>
public static class PseudonymNameKey
{
    /// <summary>A folded key can be longer than its name: compatibility forms such as "ﬃ" spell out to several letters.</summary>
    public const int MaxLength = 96;

    // Look-alikes of Latin letters, keyed by the exact character, upper and lower case, because "Н" (Cyrillic)
    // looks like "H" while its lower-case "н" does not look like "h".
    private static readonly Dictionary<char, string> LookAlikes = new()
    {
        // Cyrillic
        ['А'] = "a", ['а'] = "a", ['В'] = "b", ['в'] = "b", ['Е'] = "e", ['е'] = "e", ['Ё'] = "e", ['ё'] = "e",
        ['К'] = "k", ['к'] = "k", ['М'] = "m", ['м'] = "m", ['Н'] = "h", ['н'] = "h", ['О'] = "o", ['о'] = "o",
        ['Р'] = "p", ['р'] = "p", ['С'] = "c", ['с'] = "c", ['Т'] = "t", ['т'] = "t", ['У'] = "y", ['у'] = "y",
        ['Х'] = "x", ['х'] = "x", ['Ѕ'] = "s", ['ѕ'] = "s", ['І'] = "i", ['і'] = "i", ['Ї'] = "i", ['ї'] = "i",
        ['Ј'] = "j", ['ј'] = "j", ['Ԁ'] = "d", ['ԁ'] = "d", ['Һ'] = "h", ['һ'] = "h", ['Ԛ'] = "q", ['ԛ'] = "q",
        ['Ԝ'] = "w", ['ԝ'] = "w", ['Ь'] = "b", ['ь'] = "b", ['п'] = "n", ['г'] = "r",
        // Greek
        ['Α'] = "a", ['α'] = "a", ['Β'] = "b", ['β'] = "b", ['Ε'] = "e", ['ε'] = "e", ['Ζ'] = "z", ['Η'] = "h",
        ['η'] = "n", ['Ι'] = "i", ['ι'] = "i", ['Κ'] = "k", ['κ'] = "k", ['Μ'] = "m", ['Ν'] = "n", ['ν'] = "v",
        ['Ο'] = "o", ['ο'] = "o", ['Ρ'] = "p", ['ρ'] = "p", ['Τ'] = "t", ['τ'] = "t", ['Υ'] = "y", ['υ'] = "u",
        ['Χ'] = "x", ['χ'] = "x", ['ω'] = "w", ['μ'] = "u", ['ϲ'] = "c", ['Ϲ'] = "c", ['γ'] = "y",
        // Latin letters that do not decompose into a base letter and an accent
        ['ı'] = "i", ['ł'] = "l", ['Ł'] = "l", ['ø'] = "o", ['Ø'] = "o", ['đ'] = "d", ['Đ'] = "d", ['ß'] = "ss",
        ['æ'] = "ae", ['Æ'] = "ae", ['œ'] = "oe", ['Œ'] = "oe", ['ɡ'] = "g", ['ɑ'] = "a",
        // Digits and signs standing in for letters
        ['0'] = "o", ['1'] = "i", ['!'] = "i", ['|'] = "i", ['$'] = "s", ['@'] = "a",
    };

    public static string Of(string name)
    {
        var spelled = Spell(name);
        // Letter pairs that read as one letter at a glance; "l" and "i" are one letter for the same reason.
        return spelled.Replace('l', 'i').Replace("rn", "m").Replace("vv", "w");
    }

    /// <summary>Lower-case letters and digits only, accents and look-alikes resolved; the words of the name run together.</summary>
    internal static string Spell(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in PlainText.Normalized(text, NormalizationForm.FormKD))
        {
            if (LookAlikes.TryGetValue(c, out var latin))
                builder.Append(latin);
            else if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
                continue;
            else if (char.IsLetterOrDigit(c))
                builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
