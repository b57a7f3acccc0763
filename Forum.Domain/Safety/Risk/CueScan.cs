namespace Forum.Domain.Safety.Risk;

/// <summary>
/// One pass over a post's raw characters, before any normalising: could any of its sentences hold a distress cue or
/// an operator's phrase? Most long posts are calm, and normalising 40 KB costs far more than this look. It reads words
/// the way <see cref="RiskText"/> does (lower case, apostrophes dropped, letters held for emphasis cut to two) and errs
/// towards yes: each cue of more than one word is stood for by its longest word, a typo or slang word by the word it
/// becomes, so a post it passes over has no cue for the patterns either.
/// </summary>
internal sealed class CueScan
{
    private const int LongestWord = 40;

    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly HashSet<string> _stems = new(StringComparer.Ordinal);
    private readonly int[] _stemLengths;

    // The first two letters of every word and stem above, so that most words are passed over with one look.
    private readonly bool[] _starts = new bool[128 * 128];

    /// <param name="cueWords">The cue alternation (words, "stem\w*", "word s?" and phrases).</param>
    /// <param name="phrases">Normalised phrases that count wherever they stand.</param>
    public CueScan(string cueWords, IEnumerable<string> phrases)
    {
        foreach (var cue in cueWords.Split('|')) Add(Longest(cue));
        foreach (var phrase in phrases) Add(Longest(phrase.Replace('"', ' ')));
        _stemLengths = [.. _stems.Select(s => s.Length).Distinct()];
        // A typo or slang word that becomes a cue ("kms", "tonite"), and the phrases read before the single words.
        foreach (var (typo, meant) in RiskText.Words)
            if (meant.Split(' ').Any(w => w.Length > 0 && Known(w))) _words.Add(typo);
        foreach (var slang in RiskText.PhraseWords.Keys) _words.Add(Longest(slang));
        foreach (var start in _words.Concat(_stems)) if (Start(start) is { } i) _starts[i] = true;
    }

    private static string Longest(string cue) =>
        cue.Split(' ', StringSplitOptions.RemoveEmptyEntries).MaxBy(w => w.Replace(@"\w*", "").Replace("s?", "").Length) ?? "";

    private void Add(string word)
    {
        if (word.EndsWith(@"\w*", StringComparison.Ordinal)) _stems.Add(word[..^3]);
        else if (word.EndsWith("s?", StringComparison.Ordinal)) _stems.Add(word[..^2]);
        else if (word.Length > 0) _words.Add(word);
    }

    private static int? Start(ReadOnlySpan<char> word) =>
        word[0] < 128 && (word.Length == 1 || word[1] < 128) ? word[0] * 128 + (word.Length == 1 ? 0 : word[1]) : null;

    private bool Matches(ReadOnlySpan<char> word)
    {
        return (Start(word) is not { } start || _starts[start]) && Known(word);
    }

    private bool Known(ReadOnlySpan<char> word)
    {
        if (_words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) return true;
        var stems = _stems.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var length in _stemLengths)
            if (length <= word.Length && stems.Contains(word[..length])) return true;
        return false;
    }

    public bool MayHaveCue(string text)
    {
        Span<char> word = stackalloc char[LongestWord];
        var length = 0;
        var previous = '\0';
        var repeats = 0;
        foreach (var raw in text)
        {
            var c = raw < 128 ? (char)(raw is >= 'A' and <= 'Z' ? raw | 0x20 : raw) : char.ToLowerInvariant(raw);
            if (c is '\u2019' or '\u2018' or '\u02bc' or '`' or '\u00b4' or '\'') continue;
            if (char.IsAsciiLetterOrDigit(c) || (c >= 128 && char.IsLetterOrDigit(c)))
            {
                if (c == previous && char.IsLetter(c))
                {
                    if (++repeats >= 2) continue;
                }
                else repeats = 0;
                previous = c;
                // A word longer than any cue could still start with a stem ("suicidalsuicidal…"): read it as maybe.
                if (length == LongestWord) return true;
                word[length++] = c;
                continue;
            }
            if (length > 0 && Matches(word[..length])) return true;
            length = 0;
            previous = '\0';
        }
        return length > 0 && Matches(word[..length]);
    }
}
