using System.Text.RegularExpressions;

namespace Forum.Domain.Safety.Risk;

/// <summary>
/// The patterns of one language other than English (<see cref="SpanishPatterns"/>, <see cref="ArabicPatterns"/>,
/// <see cref="ArabiziPatterns"/>), read the way <see cref="RiskPatterns"/> reads English: a family's match gives its
/// sentence a band unless its clause says it is the past, someone else's, denied, advice, a quotation, or the sentence
/// is a joke, a song, a film or the news, or a thought the writer pushes away. Harmless idioms ("me muero de risa",
/// "موتني من الضحك") are taken out before anything is matched. No model confirms these: the sentence-embedding model
/// knows English only, so in these languages the patterns decide alone (docs/decisions/0007, round 6).
/// </summary>
internal sealed class LanguagePatterns
{
    internal static readonly TimeSpan Limit = TimeSpan.FromSeconds(1);
    internal const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant;

    private readonly (Regex Regex, RiskBand Band, bool Clear)[] _families;
    private readonly Regex? _idioms;
    private readonly Regex _lookAlike;
    private readonly Regex _takenBack;
    private readonly Regex _past;
    private readonly Regex _turnToNow;
    private readonly Regex _others;
    private readonly Regex _firstPerson;
    private readonly Regex _advice;
    private readonly Regex _negated;
    private readonly Regex _clauseBreak;
    private readonly Regex[] _hints;
    private readonly Regex? _pastAfter;

    /// <param name="families">(pattern, band, clear): a family marked clear says it outright (wanting to die, a plan, self-harm now).</param>
    /// <param name="idioms">Harmless uses of risk words, replaced by a neutral word before anything is matched.</param>
    /// <param name="lookAlike">Anywhere in the sentence: a joke, a song or film, the news, a thought pushed away.</param>
    /// <param name="takenBack">The next sentence taking it back ("pero nunca lo haría").</param>
    /// <param name="past">In the words before a match, back to the last turn to the present: the past.</param>
    /// <param name="turnToNow">Where a story of the past turns to now ("pero ahora", "بس دلوقتي").</param>
    /// <param name="others">In the clause before a match: someone else's words or life.</param>
    /// <param name="firstPerson">At the clause's start: the writer speaks of themselves all the same.</param>
    /// <param name="advice">In the clause before a match: a question about helping, or a condition.</param>
    /// <param name="negated">Right before a match (anchored at the end): a denial.</param>
    /// <param name="pastAfter">Right after a match, in its clause: when it was, if it was the past ("hace dos años", "من سنتين").</param>
    /// <param name="hints">
    /// Kinds of quiet sign, none enough alone (a thing given away, affairs put in order, a goodbye, a day named, the
    /// end of strength): a post in which <see cref="HintsToPause"/> different kinds stand unguarded pauses (round 7).
    /// </param>
    public LanguagePatterns(
        (string Pattern, RiskBand Band, bool Clear)[] families, string? idioms, string lookAlike, string takenBack, string past,
        string turnToNow, string others, string firstPerson, string advice, string negated, string[]? hints = null,
        string? pastAfter = null)
    {
        _pastAfter = pastAfter is null ? null : new Regex($@"^(?:\w+ ){{0,3}}?(?:{pastAfter})\b", Options, Limit);
        _hints = [.. (hints ?? []).Select(h => new Regex(h, Options, Limit))];
        _families = [.. families.Select(f => (new Regex(f.Pattern, Options, Limit), f.Band, f.Clear))];
        _idioms = idioms is null ? null : new Regex(idioms, Options, Limit);
        _lookAlike = new Regex(lookAlike, Options, Limit);
        _takenBack = new Regex(takenBack, Options, Limit);
        _past = new Regex(past, Options, Limit);
        _turnToNow = new Regex($@".*\b(?:{turnToNow})\b", Options, Limit);
        _others = new Regex(others, Options, Limit);
        _firstPerson = new Regex(firstPerson, Options, Limit);
        _advice = new Regex(advice, Options, Limit);
        _negated = new Regex($@"(?:{negated})\s*$", Options, Limit);
        _clauseBreak = new Regex(@".*(?:,| but | pero | بس | لكن | ولكن )", Options, Limit);
        foreach (var regex in _families.Select(f => f.Regex).Concat(_hints).Concat(_pastAfter is null ? [] : [_pastAfter]).Concat([_lookAlike, _takenBack, _past, _turnToNow, _others, _firstPerson, _advice, _negated, _clauseBreak]).Concat(_idioms is null ? [] : [_idioms]))
        {
            try
            {
                regex.IsMatch("warm up");
            }
            catch (RegexMatchTimeoutException)
            {
                // Compiling counted against the limit on a busy machine; compiled it is, all the same.
            }
        }
    }

    /// <summary>Which families match a normalised sentence and whether a guard took each back, for whoever tunes them.</summary>
    internal IEnumerable<string> Explain(string sentence, string? next)
    {
        if (_idioms is not null) sentence = _idioms.Replace(sentence, " idiom ");
        if (_lookAlike.IsMatch(sentence) || (next is not null && _takenBack.IsMatch(next))) yield return "look-alike";
        for (var i = 0; i < _families.Length; i++)
            for (var match = _families[i].Regex.Match(sentence); match.Success; match = match.NextMatch())
                yield return $"family {i} '{match.Value}'{(Guarded(sentence, match.Index, match.Index + match.Length) ? " guarded" : "")}";
        for (var i = 0; i < _hints.Length; i++)
            if (_hints[i].Match(sentence) is { Success: true } hint)
                yield return $"hint {i} '{hint.Value}'{(Guarded(sentence, hint.Index, hint.Index + hint.Length) ? " guarded" : "")}";
    }

    /// <summary>How many different kinds of quiet sign in one post pause it.</summary>
    public const int HintsToPause = 3;

    /// <summary>Reads one normalised sentence; <paramref name="next"/>, the one after it, may take it back.</summary>
    /// <param name="meant">The post says it is no joke and no song ("no es broma", "مش بهزر"): a joke or a song does not set a match aside.</param>
    /// <param name="pastAfter">Right after a match, in its clause: when it was, if it was the past ("hace dos años", "من سنتين").</param>
    /// <param name="hints">The kinds of quiet sign the sentence holds, one bit each, unguarded.</param>
    /// <exception cref="RegexMatchTimeoutException">A sentence too strange to read in time; the caller pauses.</exception>
    public (RiskBand Band, bool Clear) Read(string sentence, string? next, bool meant, ref int hints)
    {
        if (_idioms is not null) sentence = _idioms.Replace(sentence, " idiom ");
        if ((!meant && _lookAlike.IsMatch(sentence)) || (next is not null && _takenBack.IsMatch(next))) return (RiskBand.None, false);
        for (var i = 0; i < _hints.Length; i++)
            if ((hints & (1 << i)) == 0 && _hints[i].Match(sentence) is { Success: true } hint && !Guarded(sentence, hint.Index, hint.Index + hint.Length)) hints |= 1 << i;
        var band = RiskBand.None;
        var clear = false;
        foreach (var (regex, familyBand, familyClear) in _families)
        {
            if (familyBand <= band && (clear || !familyClear)) continue;
            for (var match = regex.Match(sentence); match.Success; match = match.NextMatch())
            {
                if (Guarded(sentence, match.Index, match.Index + match.Length)) continue;
                if (familyBand > band) band = familyBand;
                clear |= familyClear && familyBand == RiskBand.Likely;
                break;
            }
        }
        return (band, clear);
    }

    private bool Guarded(string sentence, int index, int end)
    {
        if (_pastAfter is not null && _pastAfter.IsMatch(sentence.AsSpan(end).TrimStart())) return true;
        var before = sentence[..index];
        if (before.Count(c => c == '"') % 2 == 1) return true;
        var clause = _clauseBreak.Match(before) is { Success: true } b ? before[(b.Index + b.Length)..] : before;
        var story = _turnToNow.Match(before) is { Success: true } t ? before[(t.Index + t.Length)..] : before;
        return _past.IsMatch(story) || _advice.IsMatch(clause) || _negated.IsMatch(before)
            || (_others.IsMatch(clause) && !_firstPerson.IsMatch(clause));
    }
}
