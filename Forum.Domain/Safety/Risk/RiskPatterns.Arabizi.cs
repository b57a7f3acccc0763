using System.Text.RegularExpressions;

namespace Forum.Domain.Safety.Risk;

/// <summary>
/// Arabizi: Arabic written in Latin letters, with 2, 3, 5, 7 and 9 for the sounds Latin lacks ("ana 3ayez amoot",
/// "badi mout", "ha2tel nafsi", "msh 3ayez a3eesh"). Spellings vary more than in either script, so each pattern
/// allows the common ones; vowels held for emphasis are cut to one.
/// </summary>
internal sealed class ArabiziPatterns
{
    public static string Normalise(string raw)
    {
        var clean = RiskLanguages.Clean(raw, c => c, keepDoubles: true);
        return Vowels.Replace(clean, "$1");
    }

    // "amoot", "3eesh": a doubled vowel is one sound; "mout" and "moot" alike become "mot"... kept apart below by [ou]+.
    private static readonly Regex Vowels = new(@"([aeiou])\1+", LanguagePatterns.Options, LanguagePatterns.Limit);

    private const string Self = "(?:nafsi|nefsi|nfsi|nafsy|nefsy|7ali|7aly|ro7i|ro7y|rasi|rasy)";
    private const string Want = "(?:3a[yw]?[ei]?zz?[ae]?|3ayz[ae]?|3awz[ae]?|bad+[iey]|bid+[iey]|bed+[iey]|abi|abgh?a|ab[89]a|bgh?it|nefs[iy]|nafs[iy]|nfs[iy]|7ab+[ae]?|n7eb|na7eb|wed+[iy]|wid+[iy])";
    private const string Die = "(?:a?m[ou]+t|nm[ou]+t|ent[ie]7[ae]?r|ant[ie]7[ae]?r|nt[ie]7[ae]?r|a2t[aeiou]?l " + Self + "|n9t[ae]?l " + Self + "|anh[ie] (?:7ayat[iy]|7yat[iy]|kol(?:o)? ?(?:shi|7aga|7aja))|a5la?s (?:m[ie]?n|men) (?:7ayat[iy]|7yat[iy]|" + Self + "))";

    private static readonly (string Pattern, RiskBand Band, bool Clear)[] Families =
    [
        ($@"\b(?:ana |w )?{Want} (?:an |eny |ini |inni |bas |khalas |5alas )?{Die}\b", RiskBand.Likely, true),
        ($@"\b(?:ha|7a|ra7 |r7 |ba|sa|gha)(?:nt[ie]7[ae]?r|ent[ie]7[ae]?r|2t[aeiou]?l {Self}|mawet {Self}|mot {Self}|a5la?s (?:3ala|3la|3al) {Self}|nh[ie] 7ayat[iy])\b", RiskBand.Likely, true),
        (@"\b(?:msh|mesh|mish|mush|ma|mab|mo)\s?(?:3a[yw]?[ei]?zz?[ae]?|3ayz[ae]?|bad+[iey]|abi|ab[89]a|abgh?a|bgh?it|7ab+[ae]?|n7eb)?(?:sh)?\s?(?:a3[eiy]+sh|3[eiy]+sh|n3[eiy]+sh)\b|\bmabad+[iey] (?:a3[eiy]+sh|3[eiy]+sh)\b", RiskBand.Likely, true),
        (@"\b(?:afkar|fekra|bafaker|bfaker|bfakar|bfkr|afaker|afakar|baf?ker) (?:\w+ )?(?:f[ie]l? ?ent[ie]7ar|b?el ?ent[ie]7ar|ent[ie]7ar|int[ie]7ar|ent[ie]7ar[iy]a|enti7aria)\b|\bent[ie]7ar[iy]a?\b(?=.*\b(?:ana|3ayez|badi|afkar)\b)", RiskBand.Likely, true),
        (@"\b(?:2arrart|2arart|qarrart|karrart)\b|\bma (?:7a|ra7|7)a? ?(?:tle2oni|tla2oni|tle2ouni|tla2ouni|tlaqouni)\b|\b(?:bar4am|barsham|bersham|brsham|7obob|7oboob|el 7obob)\b(?:.*\b(?:gahez|gahza|gahzin|ready|7adra)\b)|\bha5al+[ae]?s (?:3ala|3la) (?:nafsi|kol 7aga)\b|\bha5al+[ae]?s kol 7aga\b", RiskBand.Likely, false),
        (@"\b(?:ma b9itch 9ader|ma 3ad fiy+e|msh 2ader|mesh 2ader|sam7o liya|sam7oli)\b", RiskBand.Possible, false),
        ($@"\b(?:ba|ha|a|n|ra7 a)?(?:gra7|jra7|jr7|gr7|2az[iy]|aaz[iy]|2ta3|ata3|a2ta3|7ra2) (?:{Self}|edi|idi|2edi|eidi)\b", RiskBand.Likely, true),
        (@"\b(?:ana )?(?:3ab2|3eb2|3ebe2|3ab2an|3ala2)\b", RiskBand.Possible, false),
        (@"\b(?:ta3ban|t3ban|ta3bana|ta3bt|t3bt|zah2an|zeh2t|zah2ana|malet|mallet) (?:m[ie]?n|men) (?:el ?|l)?(?:7aya|7ayah|donya|dnya|3ish)\b", RiskBand.Possible, false),
        (@"\b(?:wada3an|wda3an|bwada3kom|bawada3kom|sam7ony|sam7oni|sam7ouni)\b", RiskBand.Possible, false),
        (@"\b(?:el ?leila|el ?lela|elleila|ellela|bokra|bukra|elnaharda|el naharda)\b(?:.*\b(?:a?m[ou]+t|hamot|hant[ie]7[ae]?r|bant[ie]7[ae]?r|ha5las|a5er|akher|msh hakon|mesh hakoon)\b)", RiskBand.Likely, false),
        // Round 7: all the medicine or the poison taken; the last day; being done with it after a time; pills kept.
        (@"\b(?:ha|ra7 |7a|ba|dayir |nawi )?(?:a|n)?(?:khod|5od|a5od|akhod|khud|akhuth|akhuz|a5uth|shrab|ashrab|eshrab|bla3)\b(?: \w+){0,2} (?:kol|kul|kolo|kaa3|ka3) (?:el |al |l)?(?:dawa|7boob|7obob|7bob|7ubub|bar4am|sim|somm)\b|\b(?:ashrab|eshrab|nashrab|hashrab) (?:el |al )?(?:sim|somm)\b", RiskBand.Likely, true),
        // Round 7: the last day; being done with it after a time; pills kept.
        (@"\b(?:akh?[ie]r|a5[ie]r) (?:nhar|nahar|yom|youm|lela|leila|lila)\b", RiskBand.Likely, false),
        (@"\b(?:bokra|bukra|baachir|bachir|ba3d|lyoum|el ?yom|elleila|el ?leila)\b.*\b(?:ha5la?s|a5al+[ie]?[9s]|n5al+[ae]?s|ha5al+[ae]?s|ra7 a5al+[ae]?s)\b|\b(?:ha5la?s|a5al+[ie]?[9s])$", RiskBand.Likely, false),
        (@"\b(?:ba7awesh|bahawesh|b7awesh|bagma3|bajma3|gama3t|jama3t|7awesht) (?:el ?)?(?:7obob|7bob|7boob|bar4am|barsham|dawa)\b|\b(?:ma|msh|mesh) (?:7a|ra7|7)a? ?t(?:2|g|q)om+n[iy]\b", RiskBand.Likely, false),
        (@"\b(?:3am|3m|ba|bgd) ?(?:ej7|aj7|ajra7|egra7|a7ra2|a2ta3) (?:7ale|7ali|7aly|nafsi|nafsy|edi|idi)\b", RiskBand.Likely, true),
    ];

    private const string Idioms =
        @"\b(?:a?m[ou]+t|bam[ou]+t|ham[ou]+t|mayet|mayta|mot|mawetny|mawetni)(?: \w+)? (?:m[ie]?n|men|m) (?:el ?)?(?:d7k|da7k|do7k|di7k|ge3|go3|gu3|ta3ab|bard|7ar|zah2)\b|\b(?:bam[ou]+t|am[ou]+t|ham[ou]+t) (?:fik|feek|fiki|feeh|fih|fiha|3aleh|3aleha)\b|\ballah yr7m\w*\b|\ballah yer7am\w*\b|\brahimahu\b";

    public LanguagePatterns Patterns { get; } = new(
        Families,
        Idioms,
        lookAlike: @"(?<!\b(?:msh|mesh|mish|mush|ma|mo) )\b(?:haha\w*|lol|lmao|bahzar|bahazar|bahzr|bamza7|bamzah|nakta|hazar|jk)\b|\b(?:oghneya|ghenwa|film|mosalsal|song|movie)\b|\b(?:mosta7il|3omri ma) (?:a3melha|as?wiha|a3mel keda)\b",
        takenBack: @"^(?:bas |w )?(?:mosta7il|3omri ma|msh ha3mel|mesh ha3mel)",
        past: @"\b(?:kont|kunt|kunt|zaman|mn (?:sana|santen|snin|zaman)|men (?:sana|santen|snin|zaman)|2abl (?:sana|snin|kam)|el sana elly fatet|w ana so?ghayar)\b",
        turnToNow: @"bas|lakin|delwa2ti|dlw2ty|dlwa2ty|hala2|halla2|elyom|el yom|elleila|el leila|tany|tani",
        others: @"\b(?:2al|2alet|2ali|2alli|sa7bi|sa7bti|sadi2i|a5oya|a5ooya|o5ti|okhti|ommi|abooya|howa|heya|homa)\b",
        firstPerson: @"^\s*(?:ana|eny|ini)\b",
        advice: @"\b(?:law|lw|iza|eza|lama) (?:7ad|had|sa7bak|ente|enta|inta|inti)\b|\b(?:ezay|ezzay|izzay|kif|keef) (?:asa3ed|sa3ed|atkalem)\b",
        negated: @"\b(?:msh|mesh|mish|mush|ma|la|lam|lan|batalt|3omri ma|mafish|mafeesh)");
}
