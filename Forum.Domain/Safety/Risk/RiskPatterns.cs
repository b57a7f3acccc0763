using System.Text.RegularExpressions;

namespace Forum.Domain.Safety.Risk;

/// <summary>
/// What the patterns found in one sentence: its band, how many matches were clear signs (the writer's own, present and
/// plain: <see cref="RiskPatterns"/>), and the counts the classifier also reads.
/// </summary>
internal readonly record struct PatternReading(RiskBand Band, int Likely, int Possible, int Guarded, bool Cue, int Clear = 0)
{
    public static readonly PatternReading Nothing = new(RiskBand.None, 0, 0, 0, false);

    public PatternReading Join(PatternReading other) => new(
        (RiskBand)Math.Max((int)Band, (int)other.Band), Likely + other.Likely, Possible + other.Possible, Guarded + other.Guarded,
        Cue || other.Cue, Clear + other.Clear);
}

/// <summary>
/// The cheap layer: patterns over normalised sentences for wanting to die or not exist, being a burden, plans, means
/// and timing, goodbyes, giving things away and self-harm now. A match counts unless its clause says it is the past
/// ("two years ago", "used to"), someone else's ("my friend said"), a quotation or a song, advice ("if you're …") or a
/// game. Every expression has a time limit; a post too strange to read in time is treated as Likely, because showing
/// the crisis lines needlessly is harmless and missing them is not.
/// </summary>
internal sealed class RiskPatterns
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(1);
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant;

    // Words a sentence needs before the patterns (or the model) look at it: most posts have none, and cost one scan.
    internal const string CueWords =
        @"die|died|dying|dead|death|kill\w*|suicid\w*|end|ending|ended|over|gone|goodbye|bye|last|final|forever|permanent\w*|good|anymore|" +
        @"tonight|tomorrow|weekend|soon|pills?|tablets?|meds|paracetamol|painkillers|overdos\w*|rope|hang|bridge|gun|blade|razor|cut\w*|" +
        @"burn\w*|bleed\w*|blood|hurt\w*|harm\w*|burden|drain|without me|better off|miss me|point|exist\w*|disappear|wake|sleep|nap|plan\w*|" +
        @"decided|ready|done|finished|sorry|thank|thanks|peace|relie\w*|will|insurance|notes?|letters?|gave|giving|give|gets|whoever|funeral|" +
        @"edge|jump\w*|train|platform|car park|roof|garage|river|enough|counted|stash|stockpil\w*|sorted|loose ends|hopeless|worthless|" +
        @"useless|cant|nothing left|no reason|alive|living|live|checking out|bus|box|long nap|throw\w*|stop|quiet|tired|fix|deadline|" +
        @"around|here|myself|deserve|longer|again|deeper|starv\w*|away|future|reasons?|finish|gone|wont|mind|hope|pray|wish|kys|knowing|" +
        @"sign\w*|accounts?|free|rest|care|carry|space|relapse\w*|using|use|shot|hit\w*|leave|leaving|going|left|life|lives|myself|in me|" +
        @"purpose|crossing|before anyone|need|want to|wants to|wanted to|go on|keep going|wonders|savings|presents|noticing|self harm\w*|" +
        @"worked out|figured out|suicidal|si|od|overdose|hang\w*|noose|shoot|drown\w*|pain|numb|scared|calm|sure|know how|decided|mind|picture|kys|ctb|kms|" +
        @"took|lot|join|follow|idea|lucky|find me|insulin|exactly how|driving home";

    private static readonly Regex Cue = new($@"\b(?:{CueWords})\b", Options, Limit);

    /// <summary>
    /// (pattern, band, clear): a match outside a guard gives its sentence at least that band. A family marked clear says
    /// it outright (wanting to die, suicidal, no reason to live, a stockpile): said by the writer of themselves, now, and
    /// plainly, it stands without the model. The other families (goodbyes, timing, slang, idioms' neighbours) need it.
    /// </summary>
    private static readonly (string Pattern, RiskBand Band, bool Clear)[] Sources =
    [
        // Wanting to die, to not exist; suicide said of oneself.
        (@"\b(kill|killing|end|ending|take|taking|hang|hanging|shoot|shooting|drown|drowning|throw|throwing) (myself|my (own )?life)\b", RiskBand.Likely, true),
        (@"\b(want|wanting|wants|wish|ready|going|planning|plan|decided|deciding|need|needing|about|should|trying|try|choose|chosen|have|got|deserve|prepared) (\w+ ){0,2}to (die|be dead|kill myself|end (it|it all|things|everything|my life|this)|stop (existing|living|breathing)|be gone|not (exist|be alive|be here|be around|live|wake up)|never wake up|disappear( forever| for good)?|switch myself off|sleep forever|take myself out|remove myself|finish it|go to sleep and (never|not) wake up)\b", RiskBand.Likely, true),
        (@"\b(want|wanting|wish|ready) (\w+ ){0,2}(dead|gone|out of (my life|here|this life)|to be with \w+ (again|soon))\b", RiskBand.Likely, false),
        (@"\b(dont|do not|never) want to (be alive|live|exist|be here|wake up|go on|keep going|keep living|be me|be around)\b", RiskBand.Likely, true),
        (@"\b(im|i am|feeling|feel|been|being|am|was|getting|get) (so )?(suicidal|sucidal)\b(?! (before|then|back))", RiskBand.Likely, true),
        (@"\b(think|thinking|thought|thoughts) (\w+ ){0,2}(about|of) (suicide|killing myself|ending (it|things|my life|everything)|dying)\b", RiskBand.Likely, true),
        (@"\bsuicid\w* (is all|thoughts|again|tonight|right now|hitting)\b|\bsuicidal thoughts\b", RiskBand.Likely, true),
        (@"\b(commit|committing) suicide\b|\bsuicide note\b|\bif i (killed|ended|took|hanged|hung|shot|drowned) (myself|my (own )?life)\b", RiskBand.Likely, false),
        (@"\b(done|finished|through) (with )?(living|life|being alive|existing|it all)\b|\bim done\b|\bim finished\b", RiskBand.Likely, false),
        (@"\b(rather|prefer to) (\w+ ){0,1}(not be here|be dead|die|not exist|not wake up)\b", RiskBand.Likely, true),
        (@"\bcant (keep )?(do|doing) (living|life)\b|\bno reason(s)? (to|left to) (live|stay|go on|keep going|be here)\b", RiskBand.Likely, true),
        (@"\b(ready|want|wish) to (stop existing|not exist|cease)\b|\bstop existing\b|\bnot exist anymore\b", RiskBand.Likely, true),
        (@"\bwish i (was|were|had never been|wasnt|had not been) (dead|born|gone|never born|here)\b|\bwish i (could )?(disappear|vanish|not exist|stop existing)\b", RiskBand.Likely, true),
        (@"\b(dont|do not) want to be (alive|here) anymore\b|\bbeing dead\b|\bbe dead\b", RiskBand.Likely, false),
        (@"\bkys\b(.*\b(myself|mirror|listen|i tell|im going to|going to)\b)", RiskBand.Likely, false),
        (@"\b(long nap|(be|end up|ill be) in a box|six feet under)\b", RiskBand.Likely, false),
        (@"\b(im|i am|i m) checking out\b(?! (the|a|this|that|some|your|new|of|at|with|from|books|what|how))", RiskBand.Likely, false),
        (@"\bnot waking up\b|\b(wont|never|not) wake up\b|\bnot (open|wake) (\w+ ){0,3}again\b", RiskBand.Likely, false),
        (@"\bcatch(ing)? the bus\b(.*\b(tonight|last|know what i mean|for good|one way)\b)", RiskBand.Likely, false),
        // Passive wishes.
        (@"\b(hope|hoping|pray|praying|wish|wishing) (that )?(i|im) (dont|wont|never|do not|will not|dont ever) (wake|make it|survive)\b", RiskBand.Likely, true),
        (@"\b(hope|hoping|wish|wishing|mind if|pray) (that )?(a |the |my )?(car|bus|truck|lorry|train|something|cancer|flight|plane|heart|tumou?r) (\w+ ){0,2}(hit|hits|kill|kills|happens|crash|crashes|go down|goes down|went down|stop|stops)\b", RiskBand.Likely, false),
        (@"\b(hope|hoping|wish) something happens to me\b|\b(want|wish) to be gone\b|\bdisappear forever\b", RiskBand.Likely, false),
        (@"\bterminal (diagnosis|illness)\b(.*\brelie\w*)|\bstepped (off|out) (\w+ ){0,3}on purpose\b", RiskBand.Likely, false),
        // Burden, not belonging, nobody would miss me.
        (@"\b(everyone|everybody|they|people|the world|my \w+|she|he|her|him|them|family|kids) (\w+ ){0,3}(be|are) (better off|happier|fine|free|relieved|easier) (\w+ ){0,2}(without me|if i (was|were|wasnt|werent) (gone|dead|here|around|alive)|when im gone)\b", RiskBand.Likely, true),
        (@"\bbetter off (dead|without me)\b", RiskBand.Likely, true),
        (@"\b(im|i am|being) (such )?a (burden|drain|weight|waste of (space|air|oxygen))\b|\bdrain on\b|\bstop taking up space\b|\bweight round\b", RiskBand.Possible, false),
        (@"\b(would|could|will|can) (\w+ ){0,2}(rest|be free|be happier|move on|be at peace) if (she|he|they|i|im)\b|\b(take|taking) myself out of the picture\b|\bremov(e|ing) myself\b|\blet (her|him|them) be free\b", RiskBand.Likely, false),
        (@"\b(nobody|no one|noone) (would|will|is going to|wd) (\w+ ){0,1}(miss|notice|care)\b", RiskBand.Possible, false),
        (@"\b(wont|will not|not going to|wouldnt) (be a (problem|burden)|have to (worry|deal|keep|check|look after)|need to)\b(.*\b(much longer|soon|anymore|again)\b)", RiskBand.Likely, false),
        (@"\b(much|any) longer\b|\bsoon it will\b|\bsoon there wont\b|\bit stopped being\b", RiskBand.Possible, false),
        (@"\bdont (belong|deserve to (live|be here))\b|\bdont see myself (being )?(around|here|alive)\b|\bno version of the future\b|\bno future\b", RiskBand.Possible, false),
        (@"\bgoing to fix that\b|\bend of the road\b|\bout of reasons\b|\bnothing left (to|for)\b|\bnot (going to|gonna) make it\b", RiskBand.Possible, false),
        (@"\b(whats|what is) the point (in |of )?(staying|living|going on|sticking around|being here|carrying on|anything|life)\b", RiskBand.Possible, false),
        (@"\bcant (go on|keep going|keep doing this|do this anymore|take (it|this) anymore|take it no more|do it anymore|cope anymore|face)\b", RiskBand.Possible, false),
        (@"\b(dont|do not) have (another|one more) (day|night|week) (left )?in me\b", RiskBand.Likely, true),
        (@"\b(want|wanting) (it|this|everything) (all )?(to )?(stop|end|be over)\b|\b(want|wanting) this to be over\b", RiskBand.Possible, false),
        (@"\b(stop|end|over|quiet|gone|off|sleep) (\w+ ){0,2}(for good|forever|permanently)\b(?! ,? ?(not in a bad way|in a good way))|\bthe permanent kind\b", RiskBand.Likely, false),
        (@"\b(my own|picturing my|planning my) funeral\b|\bat peace with (that|it|dying|this)\b|\ball i feel is relief\b", RiskBand.Possible, false),
        (@"\b(doesnt|dont|wont) feel like (just )?thinking\b|\bi should tell someone\b|\bwanted one person to know\b|\bwanted to (tell|say it to) someone\b", RiskBand.Possible, false),
        // Plans, means, timing.
        (@"\b(have|got|made|making|there is|theres) a plan\b(?! (a|b|for|with|to (get|go|see|call|visit|stay|keep|eat|sleep)))|\b(have|actually have) (a |the )?(method|way)\b", RiskBand.Likely, true),
        (@"\bi know how\b|\bknow (how|when|where) (i|im)\b", RiskBand.Likely, false),
        (@"\b(worked out|figured out|planned|decided|picked|pick|chosen|chose|choose|set) (\w+ ){0,2}(how|when|where|the day|the date|the time|the timing|a date|a day|the method)\b", RiskBand.Likely, false),
        (@"\b(planned|planning),? (when|where|how)\b|\bit all planned\b|\ball sorted in my head\b|\bhow it ll go\b|\bhow it will go\b|\bgoing through it in my head\b", RiskBand.Likely, false),
        (@"\b(who|nobody|no one|wont be the one who) (\w+ ){0,2}finds? me\b|\bfind me too soon\b|\bhow long it takes\b", RiskBand.Likely, false),
        (@"\b(writ\w*|wrote|leave|left|leaving) (\w+ ){0,2}(notes?|letters?) (for|to) (everyone|my (kids|family|wife|husband|mum|mom|dad|partner|children|son|daughter|parents|brother|sister|friends)|them|him|her|each)\b|\bwriting notes\b|\bnotes for everyone\b", RiskBand.Likely, false),
        (@"\b(stockpil\w*|saved up|saving up|hoard\w*|counted|counting|collecting|collected) (\w+ ){0,2}(pills|tablets|meds|them|painkillers|paracetamol)\b", RiskBand.Likely, true),
        (@"\b(pills|tablets|meds|paracetamol|painkillers|blade|razor|rope|gun) (\w+ ){0,2}(right here|lined up|in front of me|next to me|ready|sat next to me|in my hand)\b", RiskBand.Likely, true),
        (@"\benough (pills|tablets|meds|now|to do it)\b|\bhave enough\b|\bthat should do it\b|\bcounted them\b", RiskBand.Likely, false),
        (@"\b(bought|got|buy|buying|have|tied|tying) (a |some |the )?(rope|noose|hose)\b|\bsecond box of\b|\bwouldnt ask questions\b", RiskBand.Likely, false),
        (@"\b(gun|rifle|pistol|shotgun)\b(.*\b(thinking|know where|loaded|key|mouth|head|cant stop|use it|bullets?)\b)", RiskBand.Likely, false),
        (@"\b(garage|car)\b(.*\b(door shut|door closed|engine running|petrol|exhaust|fumes|hose)\b)", RiskBand.Likely, false),
        (@"\b(bridge|edge|railing|platform|ledge|roof|cliff|top floor|car park|level crossing|tracks|river)\b(.*\b(stood|stand|standing|look over|looking over|jump|step back|going back|tonight|pulling|keep driving|go deeper|going down there|cold and quiet|for real|next time)\b)", RiskBand.Likely, false),
        (@"\b(jump|jumping) (off|from|in front)\b|\bstep (in front of|off)\b|\bwalk into the (sea|river|traffic)\b|\bthrow(ing)? myself\b", RiskBand.Likely, false),
        (@"\b(take|taking|swallow|swallowing|use|using|doing) (all|every|the whole|a whole|enough|all of it|the lot|everything) ?(of )?(my |the )?(pills|tablets|meds|lot|box|bottle|bag|it|that)?\b(.*\b(tonight|wake up|now|today)\b)", RiskBand.Likely, true),
        (@"\bnot (going to be|gonna be) careful\b|\bhot shot\b|\bbig bag\b|\b(finish|end) it (instead|all|tonight)\b|\b(overdose|overdosing) (tonight|on purpose|again)\b|\btake an overdose\b", RiskBand.Likely, true),
        (@"\beverything i need\b|\bjust sitting there waiting\b|\bi know what im using it for\b|\bthe flat to myself\b", RiskBand.Likely, false),
        (@"\b(tonight|tomorrow|this weekend|weekend|friday|saturday|sunday|monday|new years|end of the month|christmas|next week|birthday|this shift|the 1st)\b(.*\b(is the night|is it|thats it|ill do it|im going|im done|might be it|will be it|the day|deadline|wont be here|not coming (back|home)|one last|be done|is my deadline|wont make it|not planning|im not paying|do it|going to listen|the last one|is the plan|no joke|not a joke|for real)\b)", RiskBand.Likely, false),
        (@"\b(tonights|today is|tomorrow is|this is) the (night|day)\b|\bgiving myself until\b|\bmy deadline\b|\bthats it for me\b|\bby the time (anyone|you|someone) (reads|sees) this\b", RiskBand.Likely, false),
        (@"\b(a|one) month i wont be here\b|\bwont be here (for|by|to|much)\b|\bwont (make it|be around) (to|for|past|until|till)\b|\bnot planning to\b", RiskBand.Likely, false),
        // Round 6: an overdose already taken, following someone who died, asking how much it would take, not coming home,
        // being found.
        (@"\b(took|taken|swallowed|had) (them all|all of them|the lot|the whole (box|bottle|packet|pack|lot)|all my \w+)\b(.*\b(ago|now|waiting|feel|sleepy|this time)\b)", RiskBand.Likely, true),
        (@"\b(going to|gonna|want to|wanting to|ill|i will|to) (go and |go )?(join|follow) (him|her|them)\b(?! (for|at|in|on|to|and|with|into|up|out|back|home|there|here|next|this|tomorrow|later|soon at))|\b(had|has) the right idea\b|\blucky (him|her)\b", RiskBand.Likely, false),
        (@"\bhow (many|much) (\w+ ){0,4}(would it take|it would take|to (stop|kill|be fatal|be enough|do it))\b|\bexactly how (much|many)\b", RiskBand.Likely, false),
        (@"\b(not|im not|wont be) (driving|going|coming|walking) (back )?home\b(?! (tonight|yet|till|until|for|because|from work))|\b(when|so|before|if) (they|someone|anyone|he|she|my \w+) (dont |doesnt |wont )?finds? me\b", RiskBand.Likely, false),
        // Goodbyes, last posts, giving things away, settling affairs.
        // A goodbye that says when it ends ("for now", "for a while", "see you in the spring") or whom it buries ("goodbye
        // grandpa", "goodbye 2023") is ordinary: people leave forums, go to bed and grieve in these words too.
        (@"\bmy (last|final|goodbye) (post|message|check in|words|entry)\b(?! (here )?(for a while|for a bit|for now|tonight|today|on this account|of the (day|night|year|week)|before (i|my) (start|go into|head|bed)))|\bfinal check in\b|\bsigning off (for good|forever)\b|\bgoodbye post\b", RiskBand.Likely, false),
        (@"(\b(say|saying|said) goodbye\b(?! to (this|the|my|our) (forum|city|town|meeting|group|flat|house|job|office|old|team|class|addiction|sponsor))|\bgoodbye (everyone|all|guys|forum|friends)\b|^goodbye( for (good|ever)| forever| world)?$|\bbye (everyone|all|guys|forum|friends)\b)(?!.*\b(for (now|a while|a bit)|not forever|see you|be back|back in)\b)", RiskBand.Likely, false),
        (@"\byou (wont|will not|will never|never) (hear|see) (from )?me again\b|\bbeen nice knowing\b|\bim not coming back\b|\bnot going to be around\b", RiskBand.Likely, false),
        (@"\bwont be (needing|at|here|around)\b|\bor any after that\b|\bwhere i went\b|\bplease dont be (sad|angry|upset)\b|\balways how it was going to end\b", RiskBand.Likely, false),
        (@"\bthank(s| you) (\w+ ){0,2}for (everything|trying|being|the last)\b|\bthank you all\b|\blook after yourselves\b|\btake care of each other\b", RiskBand.Possible, false),
        (@"\b(tell|told) (her|him|them|my \w+) (im|i am) sorry\b|\bthis isnt on (her|him|them|you)\b|\bdeleting (all )?my accounts\b|\bvanish without\b", RiskBand.Likely, false),
        (@"\b(one|the) last (\w+ )?(time|walk|look|visit|hug|goodbye|one)\b|\b(doesnt|dont) know (its|it is) the last\b|\bseeing (\w+ ){1,2}one last time\b", RiskBand.Possible, false),
        (@"\b(giving|gave|give|given|giving away)(?!.*\b(charity|nephew|niece|wardrobe|declutter\w*|outgrown|never play)\b) (\w+ ){0,3}(stuff|things|guitar|records|dog|cat|belongings|possessions|clothes|everything) (\w+ ){0,2}(away|to)\b|\bgiving (my )?stuff away\b", RiskBand.Possible, false),
        (@"\bwont be here to\b|\bdoesnt need to know the rest\b|\bwont be anything left\b|\bnot going to need\b", RiskBand.Likely, false),
        (@"\bwho gets (what|the \w+)\b|\bmade a will\b|\blife insurance\b|\bloose ends\b|\bpasswords in an envelope\b|\bwhoever (comes|finds|has)\b|\blast things on my list\b", RiskBand.Possible, false),
        (@"\bafter (im gone|i go|i die|im dead|i am gone)\b|\bwhen (im|i am) gone\b|\bif i (was|were) gone\b|\bbefore i go\b|\bbefore anyone wakes\b", RiskBand.Likely, false),
        (@"\bthats everything done\b|\bthat s everything\b|\bwrapped (\w+ ){0,3}presents for next year\b|\blabelled them\b", RiskBand.Possible, false),
        // Self-harm now.
        (@"\b(cut|cutting|burn|burning|burned|burnt|hurt|hurting|harm|harming|scratch\w*|hit|hitting|punch\w*|starv\w*|bruis\w*) (\w+ ){0,1}(myself|my (arm|arms|wrist|wrists|legs|thigh|thighs|skin|head|face|body))\b", RiskBand.Likely, true),
        (@"\bself harm\w* (again|tonight|right now|now)\b|\b(relapsed|relapse) on self harm\b|\bself harmed\b|\bcut again\b|\bcutting (isnt|is not|wasnt) (working|enough)\b", RiskBand.Likely, true),
        (@"\b(go|cut|went) deeper\b|\bdeeper than ever\b|\blot of blood\b|\bblade in my hand\b|\bbleed\w*\b|(?<!\b(didnt|did not|wasnt|not) (\w+ ){0,3})\bon purpose\b|\bmy body to give up\b|\bwant it to heal\b", RiskBand.Likely, false),
        (@"\bpain is the only thing\b|\bstill not enough\b|\bnothing is ever enough\b|\bsomething more final\b|\blaxatives\b", RiskBand.Possible, false),
    ];

    private static readonly Regex[] Compiled = [.. Sources.Select(s => new Regex(s.Pattern, Options, Limit))];

    // Looked for only in the clause before a match (from the last comma, "but" or "and").
    private static readonly Regex Past = new(
        @"\b(used to|years? ago|months? ago|weeks? ago|last (year|winter|summer|spring|autumn|fall|month|time)|back (in|then|when)|when i was|in (19|20)\d\d|there was a (time|period)|my lowest|i once|since|after (trying|my attempt)|tried to|attempted|at uni|as a (kid|teen|teenager)|this time last|for years i|years i|from (about |around )?\d+ (to|until|till) \d+|(\w+ )(winters?|summers?|springs?|autumns?|christmases) ago|" +
        @"(through|throughout|during|for (most|much|all) of) my (teens|twenties|thirties|forties|teenage years|childhood|school years|20s|30s|40s))\b",
        Options, Limit);

    private static readonly Regex Others = new(
        @"\b(said|says|saying|told me|tell me|whove|people who|texted|posted|wrote|asked|keeps saying|tells me|told us|mentioned|whose|a man who|a woman who|someone who)\b|" +
        @"\b(he|she|they|hes|shes|theyre|someone|somebody|anyone who|people who|my (friend|mate|brother|sister|son|daughter|partner|wife|husband|boyfriend|girlfriend|roommate|flatmate|dad|mum|mom|cousin|teenage son|teenage daughter|kid|uncle|aunt|grandad|nan|colleague|coworker|boss|client|patient|student|neighbour|neighbor|teen|ex)|a (friend|guy|girl|man|woman|lad) \w+( \w+)?) (\w+ ){0,2}(wants|hopes|keeps|is|has|had|was|said|says|told|texted|thinks|feels|tried|been|relapsed|sent|messaged|wrote|posted)\b",
        Options, Limit);

    private static readonly Regex Advice = new(
        @"\b(if|when) (you|youre|someone|somebody|anyone|people|a friend|your)\b|\b(ask|asking|check|checking) (\w+ ){0,4}if (they|theyre|theyve|he|hes|she|shes)\b|\banyone who\b|" +
        @"\bhow (do|can) (i|you|we) (help|ask|tell|talk|support)\b|\bwarning signs?\b",
        Options, Limit);

    // Anywhere in the sentence: it is about a song, a book, a game, a film or the news.
    private static readonly Regex Elsewhere = new(
        @"\b(song|songs|lyric|lyrics|sings|sang|album|track|film|movie|show|episode|series|book|novel|documentary|character|quote|poem|hamlet|karaoke|radio|playlist|podcast|ted talk|pharmacist|patients|blister packs|game|boss|raid|ranked|respawn|sims|level|fortnite|minecraft|elden ring|article|report|news|philosophy|class|theme)\b",
        Options, Limit);

    private static readonly Regex ClauseBreak = new(@".*(?:,| but | now )", Options, Limit);

    private readonly Regex? _extra;

    /// <param name="extraPhrases">Phrases an operator adds (<c>CrisisHelp:DangerPhrases</c>), read as Likely wherever they stand.</param>
    public RiskPatterns(IEnumerable<string> extraPhrases)
    {
        var alternatives = extraPhrases
            .SelectMany(RiskText.Sentences)
            .Where(p => p.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Select(p => string.Join(' ', p.Split(' ').Select(Regex.Escape)))
            .ToList();
        if (alternatives.Count > 0) _extra = new Regex($@"\b(?:{string.Join('|', alternatives)})\b", Options, Limit);
        Scan = new CueScan(CueWords, alternatives.Select(a => a.Replace("\\", "")));
    }

    /// <summary>A word-level look at the raw text that says whether any sentence could have a cue (or an operator's phrase).</summary>
    public CueScan Scan { get; }

    public static bool HasCue(string sentence) => Cue.IsMatch(sentence);

    /// <summary>Compiles every expression once, so that no writer's post pays for it and no time limit counts it.</summary>
    static RiskPatterns()
    {
        foreach (var regex in Compiled.Append(Cue).Append(Past).Append(Others).Append(Advice).Append(Elsewhere).Append(ClauseBreak).Append(FirstPerson).Append(Negated).Append(PastAfter)
            .Append(FirstPersonAnywhere).Append(LookAlike).Append(TakenBack).Append(Unclear).Append(PastStory).Append(TurnToNow).Append(NegatedWithin)
            .Append(UndatedPast).Append(Recent))
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

    /// <summary>Reads one normalised sentence; <paramref name="next"/>, the sentence after it, may take it back ("I'd never act on it").</summary>
    /// <exception cref="RegexMatchTimeoutException">A sentence too strange to read in time; the caller pauses.</exception>
    public PatternReading Read(string sentence, string? next = null)
    {
        if (!Cue.IsMatch(sentence) && _extra?.IsMatch(sentence) != true) return PatternReading.Nothing;
        var band = RiskBand.None;
        int likely = 0, possible = 0, guarded = 0, clear = 0;
        if (_extra?.IsMatch(sentence) == true) { band = RiskBand.Likely; likely++; clear++; }
        var lookAlike = Elsewhere.IsMatch(sentence) || LookAlike.IsMatch(sentence) || (next is not null && TakenBack.IsMatch(next));
        for (var i = 0; i < Compiled.Length; i++)
        {
            var match = Compiled[i].Match(sentence);
            if (!match.Success) continue;
            if (lookAlike || Guarded(sentence, match.Index) || NegatedWithin.IsMatch(match.Value)) { guarded++; continue; }
            if (Sources[i].Band == RiskBand.Likely) likely++; else possible++;
            if (Sources[i].Band > band) band = Sources[i].Band;
            if (Sources[i].Clear && Plain(sentence, match)) clear++;
        }
        return new PatternReading(band, likely, possible, guarded, true, clear);
    }

    // A clear sign: the words that lead to the match, back to the last comma, "but" or turn to the present ("still",
    // "now", "tonight"), are the writer's own ("i", "im", or nothing: "want to die") and plain (no past, doubt, someone
    // else or quotation). "The urge to end my life is strong" and "I thought I wanted to die" are left to the model.
    private static bool Plain(string sentence, Match match)
    {
        var before = sentence[..match.Index];
        var clause = ClauseBreak.Match(before) is { Success: true } b ? before[(b.Index + b.Length)..] : before;
        if (TurnToNow.Match(clause) is { Success: true } t) clause = clause[(t.Index + t.Length)..];
        var said = clause + match.Value;
        return !Unclear.IsMatch(said) && (clause.Trim().Length == 0 || FirstPersonAnywhere.IsMatch(said));
    }

    private static readonly Regex FirstPersonAnywhere = new(@"\b(i|im|ive|id|ill|me|myself)\b", Options, Limit);

    // Anywhere in the sentence, kinds of language that make its risk words something other than a sign: a joke (but not
    // "no joke"), a thought the writer pushes away ("it pops up but I'd never act on it"), someone else's words reported
    // after them ("…, my sister told me").
    private static readonly Regex LookAlike = new(
        @"(?<!\b(not|no|isnt|wasnt|im not|not even) (a )?)\b(joke|joking|jokes|kidding|jk|haha\w*|hehe\w*|meme)\b|" +
        @"\bintrusive\b|\bflash(es)? of\b|\b(brain|mind|head) (flashes|shows me|throws)\b|\bpops? (up|into my head)\b|(?<!\bthought )\b(i|id|ill|i will|i would|im|i am) (never|not going to|wont|would never|will never) (act on|do (it|that|anything))\b|" +
        @"\bno (intention|plans?) (of|to) (acting|act|doing)\b|\b(would|will) never act\b|\b(sudden|awful|horrible|unwanted|vivid|weird) (image|picture)s? of\b|" +
        // A plan made with help ("a crisis plan", "who to call", "we've made a plan"), a disappearance with an end ("for a
        // week"), gratitude ("I'd be dead without that place"), a goodbye that will check back.
        @"\b(crisis|safety|relapse prevention) plan\b|\b(including|know|knows) who to (call|ring|text)\b|\bwe(ve| have)? made a plan\b|\b(people|who) (\w+ ){0,2}know about (it|the plan)\b|" +
        @"\bdisappear\b.*\bfor (a|the|one|two|three|\d+) (day|night|week|weekend|month|bit|while|few \w+)s?\b|\b(id|i would) (be|have been) dead (by now )?without\b|" +
        @"(?<!\b(wont|not|never|will not) )\b(check back|be back|see you (all )?(at|in|next|soon))\b|" +
        @", (my \w+|he|she|they|someone) (said|says|told me|texted|wrote|asked|posted)\b|" +
        // A complaint's hyperbole: "if the printer jams one more time I'm throwing myself out the window".
        @"\bif\b.*\bone more\b",
        Options, Limit);

    // The sentence after a match, taking it back: "I'd never act on it", "It's an intrusive thought".
    private static readonly Regex TakenBack = new(
        @"^(but )?(i|id) (dont|do not|wont|would never|wouldnt|will never)( ,| but|$)|^(but |and )?(i|id|ill|i will|i would|im|i am) (never|not going to|wont|would never|will never) (act on|do (it|that|anything))\b|^(but )?(its|it is|thats|they are|theyre) (only |an |just )*intrusive\b|" +
        // A punchline that turns the object: "tonight I'm going to end it… with my gym membership".
        @"^with (my|the|a|this|that) (?!.*\b(pills|tablets|meds|rope|belt|gun|blade|razor|knife|car|overdose|life)\b)",
        Options, Limit);

    // Anywhere in the sentence, what makes a sign less than plain: the past, a doubt or condition, someone else, a
    // question of habit ("ever"), a quotation. The match still counts, but the model must confirm it.
    private static readonly Regex Unclear = new(
        @"\b(i|and|then) (?!(need|bleed|feed|speed|proceed|tired|scared|exhausted|depressed)\b)\w{2,}ed\b|\bi (\w+ )?(wrote|took|went|gave|made|sat|stood|told|found|came|ran|drove|bought|knew|broke|hid|spent|woke|swallowed)\b|" +
        @"\bid (got|been|had|gone|done|\w+ed)\b|\b(was|were|wasnt|had|did|didnt|wanted|tried|felt|thought|said|used|remember|ever|would|could|might|if|whether|imagine|pretend|" +
        @"he|she|they|hes|shes|theyre|hed|shed|theyd|his|her|their|him|them|you|your|youre)\b|""",
        Options, Limit);

    private static bool Guarded(string sentence, int index)
    {
        var before = sentence[..index];
        if (before.Count(c => c == '"') % 2 == 1) return true;
        var clause = ClauseBreak.Match(before) is { Success: true } b ? before[(b.Index + b.Length)..] : before;
        var story = TurnToNow.Match(before) is { Success: true } t ? before[(t.Index + t.Length)..] : before;
        return Past.IsMatch(clause) || PastStory.IsMatch(story) || (UndatedPast.IsMatch(story) && !Recent.IsMatch(sentence))
            || Advice.IsMatch(clause) || Negated.IsMatch(clause)
            || (Others.IsMatch(clause) && !FirstPerson.IsMatch(clause)) || PastAfter.IsMatch(sentence, index);
    }

    // A story told of the past reaches past commas ("back then, thinking about killing myself felt like…") until the
    // sentence turns to the present ("…, but now I want to die").
    private static readonly Regex PastStory = new(
        @"\b((years?|months?) ago|used to|back (then|in|when)|when i was|in (19|20)\d\d|as a (kid|teen|teenager)|at (1[0-9]|[2-9][0-9])(?! ?(am|pm|oclock))|at my (worst|lowest)|at the time|that (night|year|winter)|(i|i thought i|i felt like i|i was sure i) was going to|i remember)\b",
        Options, Limit);

    // A story of the past without a date: the writer's own past stance leads to the match ("I was thinking every day to
    // end my life", "I'd got to the point of stockpiling tablets", "I thought about ending it a lot"), and nothing in
    // the sentence brings it near (<see cref="Recent"/>) or turns it to now (<see cref="TurnToNow"/>).
    private static readonly Regex UndatedPast = new(
        @"\b(i (was|had|thought|felt|wanted(?! to (say|tell|let|share|write|post|thank))|went through|got to the point)|id (been|got|had|half))\b",
        Options, Limit);

    private static readonly Regex Recent = new(
        @"\b(last night|yesterday|this (morning|afternoon|evening|week|month)|(an|one|two|few) hours? ago|earlier|just|all day|all night)\b",
        Options, Limit);

    private static readonly Regex TurnToNow = new(@".*\b(but|now|today|tonight|these days|lately|again|still|anymore)\b", Options, Limit);

    // "no thoughts of hurting myself", "im not going to hurt myself", "free from self harm": the words right before the
    // match deny it, or give it to someone else ("people whove self harmed").
    // "have no wish to die": a pattern's few free words can hold the denial.
    private static readonly Regex NegatedWithin = new(@"^(?!(dont|do not|never|not|no)\b)\w+ (no|not|never|nothing)\b(?!.*\bmore than\b)", Options, Limit);

    private static readonly Regex Negated = new(
        @"\b(no (thoughts?|urges?|plans?|intentions?|desire|wish) (of|to|about)|(not|never) (going to|planning to|about to)|i wont|i will not|i would never|id never|" +
        @"dont|do not|doesnt|didnt|havent|hasnt|(?<!why )not|no|never|not (\w+ )?because( i)?|no longer|free (from|of)|who|whove|who have|(dont|do not|never|no) (want|wish|plan|intend|mean|need) to|" +
        // "im not having any dark thoughts about", "there was never any thought of": the denial a few words back.
        @"(not|never) ((having|have|had|get|getting|got) )?(any|no)( \w+)?|(no|not|never)( \w+){0,3} (thoughts?|urges?|plans?|intentions?|desire|wish) (of|to|about)|" +
        // "a girl in my form who says kms": someone else's words, whoever's clause it is.
        @"(who|he|she|they|people) (says|said|keep saying|keeps saying|kept saying|posts|posted|writes|wrote|texts|texted)( things like| stuff like| that)?)\s*$",
        Options, Limit);

    // "kms was my most used word in 2021": a date or a span of years after the match, before the clause ends.
    private static readonly Regex PastAfter = new(
        @"\G[^,]*?\b(in (19|20)\d\d|(years?|months?) ago|back then|at the time|when i was (a |\d+)|as a (kid|teen|teenager)|in (high school|school|college|uni)|from (about |around )?\d+ (to|until|till) \d+|" +
        @"(all )?(through|throughout|during|for (most|much|all) of) my (teens|twenties|thirties|forties|teenage years|childhood|school years|20s|30s|40s)|(\w+ )(winters?|summers?|christmases) ago)\b",
        Options, Limit);

    // "i keep thinking they would be better off": the writer speaks of themselves even with "they" in the clause.
    private static readonly Regex FirstPerson = new(@"^(\s*)(i|im|ive|id|my (head|brain|body))\b", Options, Limit);
}
