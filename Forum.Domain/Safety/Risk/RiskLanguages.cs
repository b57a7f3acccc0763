using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Forum.Domain.Safety.Risk;

/// <summary>What the Spanish and Arabic patterns found in a post, and the fields with only their English sentences left for the English layers.</summary>
internal readonly record struct OtherLanguages(RiskBand Band, bool Clear, IReadOnlyList<string> English);

/// <summary>
/// The language of a post's own words, sentence by sentence (not the reader's interface: a Spanish reader may write
/// English): Arabic by its script, Spanish and Arabizi (Arabic in Latin letters, with 2, 3, 5, 7 for the sounds Latin
/// lacks) by a small count of their common words against English ones. Spanish and Arabic sentences are read by their
/// own patterns alone and taken away from the English layers, whose model knows English only and must neither
/// decide nor set aside a sentence in another language. A mixed sentence is read by every layer that applies.
/// </summary>
internal static class RiskLanguages
{
    // Substrings any Spanish or Arabizi post of more than a few words is all but sure to hold. A post with none of them
    // and no Arabic letter is English as far as the detector can tell, and costs two vectorised scans (microseconds for 40 KB).
    private static readonly SearchValues<string> Hints = SearchValues.Create(
    [
        " que ", " de ", " el ", " los ", " las ", " del ", " por ", " pero ", " para ", " una ", " con ", " mi ", " lo ",
        " se ", " es ", " y ", " ya ", " muy ", "estoy", "porque", "quiero", "puedo", "tengo", "nada", "nadie", "vida",
        "vivir", "morir", "muero", "muert", "matar", "suicid", "pastilla", "despert", "desaparec", "cortar", "aguant",
        "adios", "noche", "manana", "cion ", "q ", "xq", "kiero", "toy ", "ke ", "ya ", "todo", "mejor", "estar", "quier",
        "ojal", "nadie", "pued", "sin m", "cansad", "harto", "harta", "dormir", "despedi", "ultim", "carga", "aqui", "ahora",
        "siempre", "nunca", "gracias", "perdon", "semana", "finde", "viernes", "sabado", "domingo", "lunes", "decid",
        "planea", "cortar", "corte", "sangr", "lastim", "dano", "vivi", "pastill", "hoy ", "nafs", "nefs", "mout", "moot",
        "amot", "ti7", "te7", "ta3b", "3ayz", "3ayez", "3awz", "3awez", "badd", "bade ", "badi ", "bidi", "bedi", "abi ",
        "abgha", "bghit", "3ish", "3eesh", "3ala", "3la ", "ya3ni", "msh ", "mesh ", "mish ", "5alas", "khalas", "wallah",
        "7ali", "ro7", "rasi", "a2t", "ha2", "ba2", "7aya", "7ay", "5las", "a3", "e3", "i3", "o3", "a7", "e7", "i7", "o7",
    ], StringComparison.OrdinalIgnoreCase);

    // Letters only Spanish uses among the three (accents, ñ, ¿ ¡), looked for apart: a search for plain ASCII strings is vectorised.
    private static readonly SearchValues<char> SpanishLetters = SearchValues.Create("áéíóúñÁÉÍÓÚÑ¿¡");

    internal static readonly SpanishPatterns Spanish = new();
    internal static readonly ArabicPatterns Arabic = new();
    internal static readonly ArabiziPatterns Arabizi = new();

    private static readonly OtherLanguages NoneFound = new(RiskBand.None, false, []);

    public static bool MayBeOther(string text)
    {
        var span = text.AsSpan();
        return span.ContainsAnyInRange('\u0600', '\u06FF') || span.ContainsAnyInRange('\u0750', '\u077F')
            || span.ContainsAnyInRange('\uFB50', '\uFDFF') || span.ContainsAnyInRange('\uFE70', '\uFEFC') || span.ContainsAny(SpanishLetters) || span.ContainsAny(Hints);
    }

    /// <summary>Reads the Spanish, Arabic and Arabizi sentences of <paramref name="texts"/>; a post with none comes back as it was.</summary>
    public static OtherLanguages Read(IReadOnlyList<string> texts)
    {
        if (!texts.Any(MayBeOther)) return NoneFound with { English = texts };
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return ReadAll(texts);
            }
            catch (RegexMatchTimeoutException) when (attempt == 1)
            {
                // Once more: on a busy machine a first reading can lose its second to the scheduler or to compiling
                // the patterns, and a pause for that alone was a needless one (round 7).
            }
            catch (RegexMatchTimeoutException)
            {
                // Too strange to read in time: the crisis lines shown needlessly are harmless, missed are not.
                return new OtherLanguages(RiskBand.Likely, false, texts);
            }
        }
    }

    private static OtherLanguages ReadAll(IReadOnlyList<string> texts)
    {
        var band = RiskBand.None;
        var clear = false;
        var english = new string[texts.Count];
        for (var t = 0; t < texts.Count; t++)
        {
            var (textBand, textClear, textEnglish) = Read(texts[t]);
            if (textBand > band) band = textBand;
            clear |= textClear;
            english[t] = textEnglish;
        }
        return new OtherLanguages(band, clear, english);
    }

    private static (RiskBand Band, bool Clear, string English) Read(string text)
    {
        if (!MayBeOther(text)) return (RiskBand.None, false, text);
        var sentences = Split(text);
        var post = new Counts();
        foreach (var s in sentences) post.Add(s.Counts);
        var band = RiskBand.None;
        var clear = false;
        StringBuilder? english = null;
        string? spanishNext = null, arabicNext = null, arabiziNext = null;
        int spanishHints = 0, arabicHints = 0, arabiziHints = 0;
        var meant = Meant.IsMatch(text);
        for (var i = sentences.Count - 1; i >= 0; i--)
        {
            var s = sentences[i];
            var raw = text[s.Start..s.End] + (s.Laughs ? " haha" : "");
            var language = s.Counts.Language(post);
            if (s.Counts.Arabic > 0)
            {
                var normal = ArabicPatterns.Normalise(raw);
                Join(Arabic.Patterns.Read(normal, arabicNext, meant, ref arabicHints), ref band, ref clear);
                arabicNext = normal;
            }
            if (language == Language.Spanish || s.Counts.Spanish > 0)
            {
                var normal = SpanishPatterns.Normalise(raw);
                Join(Spanish.Patterns.Read(normal, spanishNext, meant, ref spanishHints), ref band, ref clear);
                spanishNext = normal;
            }
            if (language == Language.Arabizi || s.Counts.Arabizi > 0)
            {
                var normal = ArabiziPatterns.Normalise(raw);
                Join(Arabizi.Patterns.Read(normal, arabiziNext, meant, ref arabiziHints), ref band, ref clear);
                arabiziNext = normal;
            }
            if (language != Language.English) english ??= new StringBuilder(text.Length);
        }
        // Quiet signs that mean little alone (a day named, a thing given away, affairs in order, a goodbye) pause together.
        if (band == RiskBand.None && new[] { spanishHints, arabicHints, arabiziHints }.Any(h => int.PopCount(h) >= LanguagePatterns.HintsToPause))
            band = RiskBand.Possible;
        if (english is null) return (band, clear, text);
        // Only the English sentences go on to the English layers (and their model); the rest were read above.
        foreach (var s in sentences.Where(s => s.Counts.Language(post) == Language.English))
            english.Append(text, s.Start, s.End - s.Start).Append(".\n");
        return (band, clear, english.ToString());
    }

    /// <summary>Each Spanish, Arabic or Arabizi sentence with what its patterns found, for whoever tunes them (train-risk --languages).</summary>
    internal static IEnumerable<string> Explain(string text)
    {
        var sentences = Split(text);
        var post = new Counts();
        foreach (var s in sentences) post.Add(s.Counts);
        foreach (var s in sentences)
        {
            var raw = text[s.Start..s.End] + (s.Laughs ? " haha" : "");
            var language = s.Counts.Language(post);
            var readers = new List<(string Name, string Normal, LanguagePatterns Patterns)>();
            if (s.Counts.Arabic > 0) readers.Add(("ar", ArabicPatterns.Normalise(raw), Arabic.Patterns));
            if (language == Language.Spanish || s.Counts.Spanish > 0) readers.Add(("es", SpanishPatterns.Normalise(raw), Spanish.Patterns));
            if (language == Language.Arabizi || s.Counts.Arabizi > 0) readers.Add(("arabizi", ArabiziPatterns.Normalise(raw), Arabizi.Patterns));
            foreach (var (name, normal, patterns) in readers)
                foreach (var found in patterns.Explain(normal, null))
                    yield return $"{name}: {found} in: {normal}";
        }
    }

    // The writer says it is no joke and no song: a laugh or a lyric elsewhere in the post does not set their words aside.
    private static readonly Regex Meant = new(
        @"\bno,? (?:es|era|como) (?:una |un )?(?:broma|chiste|joda|coña|cona|cancion|canción)\b|\bno estoy (?:bromeando|jodiendo)\b|\bya no es una canci|" +
        @"(?:مش|مو|ما|ليس|مب|لا) ?(?:بهزر|بهظر|هزار|مزحه|بمزح|امزح|نمزح|نكته)|لا بجد|\b(?:msh|mesh|mish|mush|ma) ?(?:bahzar|bahazar|bamza7)\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, LanguagePatterns.Limit);

    private static void Join((RiskBand Band, bool Clear) reading, ref RiskBand band, ref bool clear)
    {
        if (reading.Band > band) band = reading.Band;
        clear |= reading.Clear;
    }

    internal enum Language { English, Spanish, Arabic, Arabizi }

    /// <summary>How many of a sentence's words are Arabic letters, and how many are common Spanish, English or Arabizi words.</summary>
    internal struct Counts
    {
        public int Arabic, Latin, Spanish, English, Arabizi;

        public void Add(Counts other)
        {
            Arabic += other.Arabic; Latin += other.Latin; Spanish += other.Spanish; English += other.English; Arabizi += other.Arabizi;
        }

        /// <summary>This sentence's language; a sentence with no telling words takes the post's.</summary>
        public readonly Language Language(Counts post)
        {
            if (Arabic > 0 && Arabic >= Latin) return RiskLanguages.Language.Arabic;
            if (Spanish == 0 && English == 0 && Arabizi == 0)
                return post.Arabic > post.Latin ? RiskLanguages.Language.Arabic : ByCount(post.Spanish, post.English, post.Arabizi);
            if (Spanish > 0 && Spanish == English) return ByCount(post.Spanish, post.English, post.Arabizi) == RiskLanguages.Language.Spanish ? RiskLanguages.Language.Spanish : RiskLanguages.Language.English;
            return ByCount(Spanish, English, Arabizi);
        }

        private static Language ByCount(int spanish, int english, int arabizi) =>
            spanish > english && spanish >= arabizi ? RiskLanguages.Language.Spanish
            : arabizi > english ? RiskLanguages.Language.Arabizi
            : RiskLanguages.Language.English;
    }

    internal readonly record struct Sentence(int Start, int End, bool Laughs, Counts Counts);

    /// <summary>
    /// Sentences where <see cref="RiskText"/> splits them (punctuation, line breaks, emoji) and at Arabic punctuation; a
    /// laughing face marks the sentence before it as laughing.
    /// </summary>
    internal static List<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        var counts = new Counts();
        var wordStart = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : '\n';
            if (char.IsLetterOrDigit(c) || c is '\'' or '\u2019' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark || c == '\u0640')
            {
                if (wordStart < 0) wordStart = i;
                continue;
            }
            if (wordStart >= 0) { Count(text.AsSpan(wordStart, i - wordStart), ref counts); wordStart = -1; }
            if (c is '¿' or '¡') counts.Spanish++;
            var laughs = char.IsHighSurrogate(c) && i + 1 < text.Length && char.ConvertToUtf32(c, text[i + 1]) is 0x1F602 or 0x1F923 or 0x1F606 or 0x1F605 or 0x1F639 or 0x1F604 or 0x1F601;
            if (c is '.' or '!' or '?' or ';' or ':' or '\n' or '\r' or '\u2026' or '|' or '\u061F' or '\u061B' or '\u06D4' || char.IsSurrogate(c)
                || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherSymbol)
            {
                if (i > start && (counts.Latin > 0 || counts.Arabic > 0)) sentences.Add(new Sentence(start, i, laughs, counts));
                else if (laughs && sentences.Count > 0) sentences[^1] = sentences[^1] with { Laughs = true };
                counts = new Counts();
                start = i + 1;
            }
        }
        return sentences;
    }

    private static void Count(ReadOnlySpan<char> word, ref Counts counts)
    {
        if (word.ContainsAnyInRange('\u0600', '\u06FF') || word.ContainsAnyInRange('\u0750', '\u077F') || word.ContainsAnyInRange('\uFB50', '\uFEFC'))
        {
            counts.Arabic++;
            return;
        }
        counts.Latin++;
        Span<char> lower = stackalloc char[Math.Min(word.Length, 24)];
        var length = 0;
        var accented = false;
        foreach (var raw in word)
        {
            if (length == lower.Length) return;
            if (raw is '\'' or '\u2019') continue;
            var c = char.ToLowerInvariant(raw);
            var folded = SpanishPatterns.Fold(c);
            if (folded != c && c != 'ü') accented = true;
            lower[length++] = folded;
        }
        var w = lower[..length];
        if (accented) counts.Spanish++;
        else if (SpanishWords.Contains(w)) counts.Spanish++;
        else if (EnglishWords.Contains(w)) counts.English++;
        else if (ArabiziWords.Contains(w) || LooksArabizi(w)) counts.Arabizi++;
    }

    // "ta3ban", "a2tel", "7aga", "5alas": a 2, 3, 5, 7 or 9 between letters, or 3, 5, 7 leading a vowel. Not "3am", "2nite".
    private static bool LooksArabizi(ReadOnlySpan<char> w)
    {
        for (var i = 0; i < w.Length; i++)
        {
            if (w[i] is not ('2' or '3' or '5' or '7' or '9')) continue;
            var letterBefore = i > 0 && char.IsAsciiLetter(w[i - 1]);
            var letterAfter = i + 1 < w.Length && char.IsAsciiLetter(w[i + 1]);
            if (letterBefore && letterAfter) return true;
            if (i == 0 && w.Length >= 4 && w[0] is '3' or '5' or '7' && w[1] is 'a' or 'e' or 'i' or 'o' or 'u'
                && !w.EndsWith("am") && !w.EndsWith("pm") && !w.EndsWith("th")) return true;
        }
        return false;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanishWords = Words(
        "que de del el la los las y en por para con una uno unos unas pero porque como esta este esto estos estas estoy estas esta " +
        "soy eres es muy mis yo tu se lo le les nos todo todos toda todas nada nadie tengo tiene tienes quiero quiere puedo puede hay mas " +
        "cuando donde tambien hoy manana noche vida porq xq q k ke sobre entre hasta desde ahora siempre nunca algo alguien bien mal asi " +
        "vez dia dias anos eso esa ese aqui fue estar ser tener hacer siento creo ni al cada otro otra mucho mucha poco gracias hola adios " +
        "ganas morir vivir matarme mejor ya_ aunque sigo sin_ cosas persona gente familia mama papa madre padre hermano hermana amigo amiga " +
        "pues entonces despues antes luego tanto tan cansado cansada triste solo_ duele dolor miedo nadie ustedes usted vosotros estaba era_ " +
        "hace voy vas va vamos quiera puedas pueda mismo misma mientras tampoco sea seria estaria tenia habia he_ ha_ han hemos");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishWords = Words(
        "the and to of i im is it you my that this was for with have but not be are just so want dont cant what all they we he she do at " +
        "on in can will would been am if or about your myself anymore know feel like get got one out up there their how when who its " +
        "ive id ill its been had has from an because then than them him her our us really think going some no_ any much more never " +
        "ever every day night today tonight tomorrow life live die dead kill want wanted need still again here nothing everything");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ArabiziWords = Words(
        "ana enta enti inta inti howa heya ehna mesh msh mish mush 3ala 3la ya3ni bas kda keda leh lesh lyh ezay ezzay izzay 3ayez 3ayza " +
        "3awez 3awza 3ayz baddi badi bade bidi biddi beddi abi abgha abga bghit ba7eb ba7ib b7eb wallah walla wallahi inshallah yalla " +
        "khalas 5alas 5las habibi 7abibi 7aga 7aja shi eshi mafi nafsi nefsi nfsi 7ali ro7i rasi mout moot amoot amout amot a3eesh a3ish " +
        "3ish 3eesh delwa2ti dlw2ty hala2 halla2 ba3d leila elyom naharda ta3ban ta3bana ta3bt t3bt 5ayef mabadi mabade");

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Words(string words) =>
        new HashSet<string>(words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !w.EndsWith('_')), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Lower case, apostrophes dropped, runs of three or more of a letter cut to one, commas kept as clause breaks.</summary>
    internal static string Clean(string raw, Func<char, char> fold, bool keepDoubles)
    {
        var built = new StringBuilder(raw.Length + 8);
        var previous = '\0';
        var run = 0;
        foreach (var r in raw)
        {
            var c = fold(char.ToLowerInvariant(r));
            if (c == '\0' || c is '\'' or '\u2019' or '\u2018' or '`' or '\u00b4') continue;
            if (c is '\u201c' or '\u201d' or '\u201e' or '\u00ab' or '\u00bb') c = '"';
            if (c is ',' or '\u060C')
            {
                built.Append(" , ");
                previous = ' ';
                continue;
            }
            if (!(char.IsLetterOrDigit(c) || c == '"')) c = ' ';
            if (c == previous && char.IsLetter(c))
            {
                run++;
                if (run == 1 && keepDoubles) { built.Append(c); continue; }
                if (run == 2 && keepDoubles) built.Length--; // a third copy: the run was emphasis, keep one
                continue;
            }
            run = 0;
            if (c == ' ' && previous == ' ') continue;
            built.Append(c);
            previous = c;
        }
        return WhiteSpace.Replace(built.ToString(), " ").Trim();
    }

    private static readonly Regex WhiteSpace = new(@"\s+", RegexOptions.Compiled | RegexOptions.CultureInvariant, LanguagePatterns.Limit);
}
