using System.Globalization;

namespace Forum.Domain.Pseudonyms;

/// <summary>
/// The rules a chosen name must meet, each with its own plain reason: a length people can read, characters
/// that show as what they are, and nothing that passes for the people who run the forum. Uniqueness is the
/// database's to judge (a unique index on <see cref="PseudonymNameKey"/>).
/// </summary>
public static class PseudonymName
{
    public const int MinLength = 3;
    public const int MaxLength = 32;

    public const string Taken =
        "Someone here already writes under that name, or one that looks just like it. Try adding a word or a number of your own.";

    // Folded with PseudonymNameKey, so "M0derator", "ADMIN" and "Ѕtaff" are caught as well. Long words are refused
    // anywhere in the name; "mod" only as a word of its own, so that "Modest Heron" stays possible.
    private static readonly (string Word, string Shown)[] ReservedAnywhere =
    [
        ("moderator", "moderator"), ("administrator", "administrator"), ("admin", "admin"), ("staff", "staff"),
        ("official", "official"), ("forumteam", "forum team"), ("supportteam", "support team"), ("system", "system"),
        ("forumguidelines", "forum guidelines"),
        // The sample verb's writers (Forum.Web/Verbs/Sample): nobody may pass for one, or a real post for a sample.
        ("samplewriter", "sample writer"),
    ];

    private static readonly (string Word, string Shown)[] ReservedAsWord = [("mod", "mod"), ("mods", "mods")];

    private static readonly HashSet<char> AllowedPunctuation = ['-', '_', '.', '\''];

    /// <summary>How the name is stored: composed (NFC), trimmed, with runs of spaces made one.</summary>
    public static string Tidy(string name) =>
        string.Join(' ', PlainText.Normalized(PlainText.Line(name), NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Why <paramref name="name"/> can't be used (already tidied), or null when it can.</summary>
    public static string? Refusal(string name, bool reservedWordsAllowed = false) => RefusalOf(name, reservedWordsAllowed)?.ToString();

    /// <summary><see cref="Refusal"/> as a sentence with blanks, for the reader's language.</summary>
    public static RuleSentence? RefusalOf(string name, bool reservedWordsAllowed = false)
    {
        if (name.Length < MinLength)
            return new("A name needs at least {0} characters, so that people can tell it apart from others.", MinLength);
        if (name.Length > MaxLength)
            return new("A name can have up to {0} characters; this one has {1}. A shorter one is easier to recognise, too.", MaxLength, name.Length);
        if (!name.All(IsAllowed))
            return new("A name can use letters, numbers, spaces and - _ . ' only. Symbols, emoji and invisible characters make names hard to tell apart.");
        var key = PseudonymNameKey.Of(name);
        if (key.Length < 2)
            return new("A name needs a few letters or numbers in it, not only punctuation.");
        if (key.Length > PseudonymNameKey.MaxLength)
            return new("That name uses characters we can't compare safely with other names. Plainer letters will work.");
        if (reservedWordsAllowed) return null;
        if (ReservedFound(name, key) is { } word)
            return new("Names can't include “{0}”, so that nobody is mistaken for the people who run the forum. Any other name you like is fine.", word);
        return null;
    }

    private static bool IsAllowed(char c) =>
        c == ' ' || AllowedPunctuation.Contains(c) || char.IsLetterOrDigit(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static string? ReservedFound(string name, string key)
    {
        foreach (var (word, shown) in ReservedAnywhere)
            if (key.Contains(PseudonymNameKey.Of(word), StringComparison.Ordinal)) return shown;
        var words = Words(name).Select(PseudonymNameKey.Of).ToHashSet();
        foreach (var (word, shown) in ReservedAsWord)
            if (words.Contains(PseudonymNameKey.Of(word))) return shown;
        return null;
    }

    /// <summary>The words of a name: split at spaces and punctuation, and where lower case turns to upper ("TheMod").</summary>
    private static IEnumerable<string> Words(string name)
    {
        var current = new StringBuilder();
        char previous = ' ';
        foreach (var c in name)
        {
            var boundary = !char.IsLetterOrDigit(c) || (char.IsUpper(c) && char.IsLower(previous))
                           || (char.IsDigit(c) && char.IsLetter(previous) && c is not ('0' or '1'))
                           || (char.IsLetter(c) && char.IsDigit(previous) && previous is not ('0' or '1'));
            if (boundary && current.Length > 0)
            {
                yield return current.ToString();
                current.Clear();
            }
            if (char.IsLetterOrDigit(c)) current.Append(c);
            previous = c;
        }
        if (current.Length > 0) yield return current.ToString();
    }
}
