using System.Text.RegularExpressions;

namespace Forum.Domain.Safety.Risk;

/// <summary>
/// What the whole post says about when and whose its hard words are, read as a handful of numbers the classifier
/// weighs beside a window's embedding: a sentence embedding hears "I took all my pills" alike in a story told from
/// 400 days clean, a parent's question about a child, a joke and a note written tonight. Each feature is a kind of
/// context, never a list of risk words: how much the post looks back, speaks of recovery now, of someone else, asks
/// for advice, jokes or quotes, grieves, or speaks of now, soon and the writer's own present.
/// </summary>
internal static class RiskContext
{
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    // Read over RiskText's normalised sentences (lower case, no apostrophes), joined by ". ".
    private static readonly Regex[] Kinds =
    [
        // Looking back.
        new(@"\b(years?|months?|weeks?) ago\b|\bwhen i was\b|\bused to\b|\bback then\b|\bat (my|the) worst\b|\b(in|back in|since) (19|20)\d\d\b|\bat the time\b|\bthat (night|year|time|day)\b|\bi was (\d+|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b|\bback when\b|\bthe (first|second|third|last) time\b|\bold posts?\b|\bremember\b", Options),
        // Recovery and safety now.
        new(@"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (days?|weeks?|months?|years?) (clean|sober|free|off|without|since)\b|\bin recovery\b|\brecovered\b|\bdoing (well|better|ok|okay|good)\b|\banniversary\b|\bsurviv\w*|\bgrateful\b|\bthankful\b|\bim safe\b|\bnot (going|gonna) to (act|do)\b|\bstill here\b|\bgot better\b|\bproud\b|\bmilestone\b|\btherapy helped\b", Options),
        // Someone else.
        new(@"\bmy (brother|sister|mum|mom|mother|dad|father|son|daughter|friend|best friend|partner|husband|wife|boyfriend|girlfriend|client|patient|cousin|uncle|aunt|nephew|niece|grandad|grandpa|grandma|nan|kid|child|teen|flatmate|roommate|colleague|coworker|sponsee|mate)s?\b|\b(he|she|they) (said|says|told|wants|wanted|tried|keeps|is|was|has|had)\b", Options),
        // Asking how to help or what to do.
        new(@"\bhow (do|can|should|would) (i|we) (help|support|talk|respond|handle|deal)\b|\badvice\b|\bany (tips|ideas|suggestions)\b|\bis it (normal|okay|ok)\b|\bwhat (do|should) i (do|say)\b|\bhas anyone\b|\bdoes anyone\b", Options),
        // Joking, or someone else's words.
        new(@"\blol\b|\blmao\b|\bhaha\w*|\bjk\b|\bkidding\b|\bjoke\b|\bjoking\b|\blyrics?\b|\bsong\b|\bpoem\b|\bbook\b|\bfilm\b|\bmovie\b|\bepisode\b|\bcharacter\b|\bquote\b|\bsings?\b|""[^""]{12,}""|\bif\b[^.]*\bone more\b", Options),
        // Grief.
        new(@"\b(died|passed away|passed|funeral|grief|grieving|bereave\w*|widow\w*)\b|\blost (him|her|them|my)\b|\bmiss (him|her|them)\b", Options),
        // Now and soon.
        new(@"\btonight\b|\btomorrow\b|\bsoon\b|\bright now\b|\bthis (week|weekend|time)\b|\bgoing to\b|\bgonna\b|\bwill\b|\bwont be\b|\bby (friday|monday|sunday|saturday|the weekend|morning)\b|\bbefore (christmas|my birthday|anyone)\b|\bgoodbye\b|\bsorry\b|\bnobody\b", Options),
        // Good news, and a leaving that says it is a good one.
        new(@"\bnot in a bad (way|place)\b|\bin a good way\b|\bthe (good|happy) kind\b|\bin the best way\b|\bhappily\b|\bnot because (anything|something)\b|\bnothing(s| is) wrong\b|\ba good thing\b|\bpop (back|in)\b|\bfor now\b|\bnew job\b|\bengaged\b|\bgraduat\w*|\bwedding\b|\bholiday\b|\bpromot\w*|\bexcited\b|\bcelebrat\w*", Options),
        // Writing as a helper: a role, clients or students, a charity.
        new(@"\bim a (nurse|counsell?or|teacher|firefighter|social worker|paramedic|doctor|mod|moderator|volunteer|trainer|support worker|therapist)\b|\b(clients?|patients|students|service users)\b|\bharm reduction\b|\bvolunteer\w*|\btraining\b|\bcharity\b|\braised\b|\bprevention\b", Options),
        // The writer's own present.
        new(@"\bim\b|\bi am\b|\bi (feel|want|wish|cant|dont|need|have|keep|just)\b|\bme\b", Options),
    ];

    public static int Count => Kinds.Length + 1;

    /// <summary>Per kind, log(1 + matches per hundred words), then the post's length as log(words): the features in order.</summary>
    public static double[] Features(string text)
    {
        var normalised = string.Join(". ", RiskText.Sentences(text));
        var words = Math.Max(1, normalised.Count(c => c == ' ') + 1);
        var features = new double[Count];
        for (var k = 0; k < Kinds.Length; k++)
            features[k] = Math.Log(1 + 100.0 * Kinds[k].Count(normalised) / words);
        features[Kinds.Length] = Math.Log(words);
        return features;
    }
}
