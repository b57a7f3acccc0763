using System.Collections.Frozen;
using System.Globalization;

namespace Forum.Domain.Moderation.Confusables;

/// <summary>
/// The UTS #39 skeleton of a text (https://www.unicode.org/reports/tr39/#Confusable_Detection): two texts that
/// look alike have the same skeleton, whatever scripts they borrow their letters from (Armenian "օ", Cherokee "Ꮃ"
/// and Latin "o", "W"). Unicode's own table, confusables.txt (kept here with its header, version and licence), is
/// read once from this assembly. Before mapping, format characters (general category Cf: zero-width spaces, bidi
/// controls, soft hyphens) are removed and the fillers that show as blank (Hangul fillers, the braille blank)
/// become spaces, since both are ways of hiding a word without changing how it reads. One step goes beyond the
/// table: Latin small capitals ("ᴏ", "ʙ") read as their letters, so they become those letters.
/// </summary>
public static class ConfusableSkeleton
{
    private static readonly Lazy<FrozenDictionary<int, string>> Table = new(Load);

    // The table's answers for ASCII, looked up by index: most of any post is ASCII.
    private static readonly Lazy<string?[]> Ascii = new(() => Enumerable.Range(0, 128).Select(c => Table.Value.GetValueOrDefault(c)).ToArray());

    // Latin letter small capitals, which the table keeps as prototypes of their own (Cyrillic "в" maps to "ʙ").
    private static readonly Dictionary<int, char> SmallCapitals = new()
    {
        [0x1D00] = 'a', [0x0299] = 'b', [0x1D04] = 'c', [0x1D05] = 'd', [0x1D07] = 'e', [0xA730] = 'f', [0x0262] = 'g',
        [0x029C] = 'h', [0x026A] = 'i', [0x1D0A] = 'j', [0x1D0B] = 'k', [0x029F] = 'l', [0x1D0D] = 'm', [0x0274] = 'n',
        [0x1D0F] = 'o', [0x1D18] = 'p', [0xA7AF] = 'q', [0x0280] = 'r', [0xA731] = 's', [0x1D1B] = 't', [0x1D1C] = 'u',
        [0x1D20] = 'v', [0x1D21] = 'w', [0x028F] = 'y', [0x1D22] = 'z',
    };

    /// <summary>Fillers: letters (category Lo) or symbols that show nothing, so a writer can use them as spaces.</summary>
    public static bool IsFiller(int codePoint) => codePoint is 0x3164 or 0x115F or 0x1160 or 0xFFA0 or 0x2800;

    /// <summary>The skeleton: format characters out, fillers as spaces, then NFD, each character mapped, NFD again. Never throws.</summary>
    public static string Of(string text)
    {
        var clean = PlainText.Storable(text);
        var visible = new StringBuilder(clean.Length);
        for (var i = 0; i < clean.Length; i++)
        {
            var c = clean[i];
            if (c < '\u00AD') visible.Append(c);
            else if (IsFiller(c)) visible.Append(' ');
            else if (char.IsHighSurrogate(c))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(clean, i) != UnicodeCategory.Format) visible.Append(c).Append(clean[i + 1]);
                i++;
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format) visible.Append(c);
        }

        var table = Table.Value;
        var ascii = Ascii.Value;
        var decomposed = Decomposed(visible.ToString());
        var mapped = new StringBuilder(decomposed.Length + decomposed.Length / 8);
        for (var i = 0; i < decomposed.Length; i++)
        {
            var c = decomposed[i];
            if (c < '\u0080')
            {
                if (ascii[c] is { } asciiPrototype) mapped.Append(asciiPrototype);
                else mapped.Append(c);
                continue;
            }
            var pair = char.IsHighSurrogate(c) && i + 1 < decomposed.Length && char.IsLowSurrogate(decomposed[i + 1]);
            var codePoint = pair ? char.ConvertToUtf32(c, decomposed[i + 1]) : c;
            if (table.TryGetValue(codePoint, out var prototype)) mapped.Append(prototype);
            else if (SmallCapitals.TryGetValue(codePoint, out var letter)) mapped.Append(letter);
            else if (pair) mapped.Append(c).Append(decomposed[i + 1]);
            else mapped.Append(c);
            if (pair) i++;
        }
        return Decomposed(mapped.ToString());
    }

    /// <summary>NFD of text already cleaned by <see cref="PlainText"/> (so not scanned again); never throws.</summary>
    private static string Decomposed(string clean)
    {
        try
        {
            return clean.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            return clean;
        }
    }

    /// <summary>How many characters the table maps: a check that it was found and read.</summary>
    public static int MappingCount => Table.Value.Count;

    private static FrozenDictionary<int, string> Load()
    {
        using var stream = typeof(ConfusableSkeleton).Assembly.GetManifestResourceStream("confusables.txt")
                           ?? throw new InvalidOperationException("confusables.txt is not embedded in Forum.Domain.");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<int, string>();
        while (reader.ReadLine() is { } line)
        {
            // "0585 ;	006F ;	MA	# ( օ → o ) ARMENIAN SMALL LETTER OH → LATIN SMALL LETTER O"
            var data = line.Split('#', 2)[0];
            var fields = data.Split(';');
            if (fields.Length < 2 || fields[0].Trim().Length == 0) continue;
            var source = int.Parse(fields[0].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var prototype = new StringBuilder();
            foreach (var hex in fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var codePoint = int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                if (SmallCapitals.TryGetValue(codePoint, out var letter)) prototype.Append(letter);
                else prototype.Append(char.ConvertFromUtf32(codePoint));
            }
            table[source] = prototype.ToString();
        }
        return table.ToFrozenDictionary();
    }
}
