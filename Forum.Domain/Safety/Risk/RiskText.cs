using System.Text;
using System.Text.RegularExpressions;

namespace Forum.Domain.Safety.Risk;

/// <summary>
/// A post's words the way the detector reads them: lower case, without apostrophes (can't, cant and cannot alike),
/// letters held for emphasis cut to two, common typos and slang spelled out, fillers ("just", "honestly") dropped,
/// and split into sentences wherever there is punctuation, a line break or an emoji. Run-ons stay one sentence; the
/// patterns read within a sentence and their guards look back only over the clause they are in.
/// </summary>
internal static class RiskText
{
    public static List<string> Sentences(string text)
    {
        var sentences = new List<string>();
        var current = new StringBuilder();
        var previous = '\0';
        var repeats = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = char.ToLowerInvariant(text[i]);
            if (c is '\u2019' or '\u2018' or '\u02bc' or '`' or '\u00b4' or '\'') continue; // can't -> cant, i'm -> im
            if (c is '\u201c' or '\u201d' or '\u201e' or '\u00ab' or '\u00bb') c = '"';
            if (c is '.' or '!' or '?' or ';' or ':' or '\n' or '\r' or '\u2026' or '|' || char.IsSurrogate(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherSymbol)
            {
                Flush(current, sentences);
                previous = '\0';
                continue;
            }
            if (c == ',') { current.Append(" , "); previous = ' '; continue; }
            if (!(char.IsLetterOrDigit(c) || c == '"')) c = ' ';
            if (c == previous && char.IsLetter(c))
            {
                // "sooooo", "kiiiill": a third and later copy of a letter is emphasis.
                if (++repeats >= 2) continue;
            }
            else repeats = 0;
            if (c == ' ' && previous == ' ') continue;
            current.Append(c);
            previous = c;
        }
        Flush(current, sentences);
        return sentences;
    }

    private static void Flush(StringBuilder current, List<string> sentences)
    {
        if (current.Length == 0) return;
        var raw = current.ToString().Trim();
        current.Clear();
        if (raw.Length == 0 || raw == ",") return;
        var phrased = raw.Contains(' ') ? Phrases.Replace(raw, m => PhraseWords[m.Value.Replace("  ", " ")]) : raw;
        var words = phrased.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var built = new StringBuilder(phrased.Length);
        foreach (var word in words)
        {
            var plain = Words.TryGetValue(word, out var replaced) ? replaced : word;
            if (plain.Length == 0) continue;
            if (built.Length > 0) built.Append(' ');
            built.Append(plain);
        }
        if (built.Length > 0) sentences.Add(built.ToString());
    }

    /// <summary>Slang of more than one word, read before the single words so that "unalive myself" is not "die myself".</summary>
    internal static readonly Dictionary<string, string> PhraseWords = new()
    {
        ["sewer slide"] = "suicide", ["sewer sliding"] = "suicide", ["self delete"] = "kill myself", ["delete myself"] = "kill myself",
        ["unalive myself"] = "kill myself", ["unaliving myself"] = "killing myself", ["unalive me"] = "kill myself",
        ["yeet myself"] = "throw myself", ["yeeting myself"] = "throwing myself", ["off myself"] = "kill myself",
        ["offing myself"] = "killing myself", ["neck myself"] = "hang myself", ["rope myself"] = "hang myself",
        ["an hero"] = "kill myself", ["dirt nap"] = "long nap", ["big sleep"] = "long nap", ["forever sleep"] = "long nap",
        ["eternal sleep"] = "long nap", ["si hitting"] = "suicidal thoughts hitting", ["si is"] = "suicidal thoughts are",
        ["si thoughts"] = "suicidal thoughts", ["si again"] = "suicidal thoughts again", ["any more"] = "anymore",
        ["kill my self"] = "kill myself", ["through the roof"] = "very high", ["my self"] = "myself", ["not going to lie"] = "",
    };

    private static readonly Regex Phrases = new(
        @"\b(?:" + string.Join('|', PhraseWords.Keys.Select(k => k.Replace(" ", " +"))) + @")\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>Compiled before any post is read, so that the time limit never counts the compiling.</summary>
    static RiskText()
    {
        try
        {
            Phrases.IsMatch("warm up");
        }
        catch (RegexMatchTimeoutException)
        {
        }
    }

    /// <summary>One word for another: typos seen in distress, text-speak, slang, and fillers that only stand between words.</summary>
    internal static readonly Dictionary<string, string> Words = new()
    {
        // Contractions without their apostrophe, and their other spellings.
        ["cannot"] = "cant", ["cnat"] = "cant", ["cnt"] = "cant", ["dnt"] = "dont", ["dont"] = "dont", ["doesnt"] = "doesnt",
        ["wanna"] = "want to", ["gonna"] = "going to", ["gunna"] = "going to", ["finna"] = "going to", ["imma"] = "im going to",
        ["ima"] = "im going to", ["tryna"] = "trying to", ["gotta"] = "got to", ["iv"] = "ive", ["ive"] = "ive",
        ["u"] = "you", ["ur"] = "your", ["rn"] = "right now", ["atm"] = "right now", ["tmrw"] = "tomorrow", ["tmr"] = "tomorrow",
        ["tonite"] = "tonight", ["tonihgt"] = "tonight", ["tonigth"] = "tonight", ["2nite"] = "tonight", ["tnight"] = "tonight",
        ["2moro"] = "tomorrow", ["bc"] = "because", ["cuz"] = "because", ["coz"] = "because", ["cos"] = "because", ["bout"] = "about",
        ["nothin"] = "nothing", ["somethin"] = "something", ["thinkin"] = "thinking", ["goin"] = "going", ["tryin"] = "trying",
        // Typos of the words that matter most.
        ["kil"] = "kill", ["kiling"] = "killing", ["killng"] = "killing", ["kllling"] = "killing", ["klil"] = "kill",
        ["wnat"] = "want", ["wnt"] = "want", ["watn"] = "want", ["wan"] = "want", ["wana"] = "want to", ["wamt"] = "want",
        ["suicdal"] = "suicidal", ["sucidal"] = "suicidal", ["suicidle"] = "suicidal", ["suicial"] = "suicidal", ["sucicidal"] = "suicidal",
        ["suicdial"] = "suicidal", ["suisidal"] = "suicidal", ["sucide"] = "suicide", ["suicde"] = "suicide", ["suiside"] = "suicide",
        ["suicid"] = "suicide", ["sucicide"] = "suicide", ["mysefl"] = "myself", ["myslef"] = "myself", ["mysef"] = "myself",
        ["myelf"] = "myself", ["msyelf"] = "myself", ["myslf"] = "myself", ["meself"] = "myself", ["anymroe"] = "anymore",
        ["anymor"] = "anymore", ["nemore"] = "anymore", ["thinkng"] = "thinking", ["thnking"] = "thinking", ["thikning"] = "thinking",
        ["lfe"] = "life", ["lief"] = "life", ["everyhting"] = "everything", ["evrything"] = "everything", ["planing"] = "planning",
        ["plannin"] = "planning", ["dieing"] = "dying", ["dyin"] = "dying", ["ded"] = "dead", ["alve"] = "alive", ["alvie"] = "alive",
        ["overdoes"] = "overdose", ["od"] = "overdose", ["oding"] = "overdosing", ["hurtin"] = "hurting", ["cuttin"] = "cutting",
        ["soo"] = "so", ["diee"] = "die", ["byee"] = "bye", ["noo"] = "no", ["pleasee"] = "please", ["tiredd"] = "tired",
        // Slang for ending one's life or harming oneself.
        ["kms"] = "kill myself", ["kmsl"] = "laughing", ["ctb"] = "kill myself", ["unalive"] = "die", ["unaliving"] = "dying",
        ["unalived"] = "died", ["sewerslide"] = "suicide", ["sh"] = "self harm", ["shd"] = "self harmed", ["shing"] = "self harming",
        ["selfharm"] = "self harm", ["yeet"] = "throw", ["yeeting"] = "throwing",
        // Fillers: the patterns read "i want to die" whether or not "just", "honestly" or "lol" stand in it.
        ["just"] = "", ["really"] = "", ["honestly"] = "", ["literally"] = "", ["actually"] = "", ["seriously"] = "",
        ["genuinely"] = "", ["truly"] = "", ["tbh"] = "", ["ngl"] = "", ["fr"] = "", ["frfr"] = "", ["lowkey"] = "", ["highkey"] = "",
        ["kinda"] = "", ["lol"] = "", ["lmao"] = "", ["even"] = "", ["fucking"] = "", ["fking"] = "", ["effing"] = "",
        ["bloody"] = "", ["properly"] = "", ["finally"] = "", ["simply"] = "", ["totally"] = "", ["completely"] = "",
        ["weirdly"] = "", ["idk"] = "", ["tho"] = "", ["though"] = "",
    };
}
