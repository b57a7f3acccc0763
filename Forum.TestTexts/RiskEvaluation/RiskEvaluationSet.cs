namespace Forum.TestTexts.RiskEvaluation;

/// <summary>One labelled post of the evaluation set: <see cref="AtRisk"/> is the writers' label, <see cref="Style"/> how it is written.</summary>
public sealed record LabelledPost(bool AtRisk, string Style, string Text);

/// <summary>
/// The risk detector's evaluation set (see README.md beside the files). <see cref="Tuning"/> may shape the detector;
/// <see cref="HeldOut"/> is for measuring only: the held-out test and the benchmark, which print aggregates.
/// </summary>
public static class RiskEvaluationSet
{
    public static IReadOnlyList<LabelledPost> Tuning() => Read("risk-tuning.tsv");

    /// <summary>A second tuning part by another writer (480 posts), first used to validate what was built on the first.</summary>
    public static IReadOnlyList<LabelledPost> Tuning2() => Read("risk-tuning2.tsv");

    /// <summary>
    /// A third tuning part by a third writer (600 posts, two in five of them 300–670 characters), written to widen the
    /// voices the detector learns from: teenagers' slang, formal older writers, writers whose English is a second language.
    /// </summary>
    public static IReadOnlyList<LabelledPost> Tuning3() => Read("risk-tuning3.tsv");

    /// <summary>
    /// A fourth tuning part by a fifth writer (500 posts, a quarter of each label long stories), weighted to the hard
    /// cases on both sides: vivid past attempts, suicide loss, jokes, intrusive thoughts; risk said quietly (round 4).
    /// </summary>
    public static IReadOnlyList<LabelledPost> Tuning4() => Read("risk-tuning4.tsv");

    /// <summary>
    /// A fifth tuning part by an eighth writer (400 posts), aimed at clear present signs inside misleading context (a
    /// milestone, a past attempt, someone else's story) and at their look-alikes (round 5).
    /// </summary>
    public static IReadOnlyList<LabelledPost> Tuning5() => Read("risk-tuning5.tsv");

    /// <summary>Every tuning part, one per writer, in the order they were written.</summary>
    public static IReadOnlyList<LabelledPost>[] TuningParts() => [Tuning(), Tuning2(), Tuning3(), Tuning4(), Tuning5()];

    public static IReadOnlyList<LabelledPost> HeldOut() => Read("risk-heldout.tsv");

    /// <summary>
    /// A second held-out part by a third writer (300 posts, a third of them long stories), written after the first had
    /// been looked at five times, and measured once per detector round; nobody tuning has read it.
    /// </summary>
    public static IReadOnlyList<LabelledPost> HeldOut2() => Read("risk-heldout2.tsv");

    /// <summary>
    /// A third held-out part by a sixth writer (300 posts, a third of each label long stories), written for round 4
    /// without reading any other part; nobody tuning has read it.
    /// </summary>
    public static IReadOnlyList<LabelledPost> HeldOut3() => Read("risk-heldout3.tsv");

    /// <summary>A seventh writer's 300 posts (round 5), written without seeing any other part; nobody tuning reads it.</summary>
    public static IReadOnlyList<LabelledPost> HeldOut4() => Read("risk-heldout4.tsv");

    /// <summary>Spanish, 240 posts (120 at risk) by a tenth writer, many countries' Spanish, a third long stories (round 6); may shape the Spanish patterns.</summary>
    public static IReadOnlyList<LabelledPost> SpanishTuning() => Read("risk-es-tuning.tsv");

    /// <summary>Spanish, 160 posts (80 at risk) by an eleventh writer: held out in round 6 and measured once, then tuned on (round 7).</summary>
    public static IReadOnlyList<LabelledPost> SpanishTuning2() => Read("risk-es-tuning2.tsv");

    /// <summary>Spanish, 240 posts (120 at risk) by a twelfth writer (round 7), measured untouched once before it was read.</summary>
    public static IReadOnlyList<LabelledPost> SpanishTuning3() => Read("risk-es-tuning3.tsv");

    /// <summary>The Spanish tuning parts, one per writer (leaving one out measures how the patterns carry to a new writer).</summary>
    public static IReadOnlyList<LabelledPost>[] SpanishTuningParts() => [SpanishTuning(), SpanishTuning2(), SpanishTuning3()];

    /// <summary>Arabic, 240 posts (120 at risk) by the tenth writer: Modern Standard, Egyptian, Levantine, Gulf, Maghrebi and Arabizi (round 6); may shape the Arabic patterns.</summary>
    public static IReadOnlyList<LabelledPost> ArabicTuning() => Read("risk-ar-tuning.tsv");

    /// <summary>Arabic, 160 posts (80 at risk) by the eleventh writer: held out in round 6 and measured once, then tuned on (round 7).</summary>
    public static IReadOnlyList<LabelledPost> ArabicTuning2() => Read("risk-ar-tuning2.tsv");

    /// <summary>Arabic, 240 posts (120 at risk) by the twelfth writer (round 7), measured untouched once before it was read.</summary>
    public static IReadOnlyList<LabelledPost> ArabicTuning3() => Read("risk-ar-tuning3.tsv");

    /// <summary>The Arabic tuning parts, one per writer.</summary>
    public static IReadOnlyList<LabelledPost>[] ArabicTuningParts() => [ArabicTuning(), ArabicTuning2(), ArabicTuning3()];

    /// <summary>
    /// Sealed Spanish and Arabic held-out parts ("es-heldout2.tsv"), each by a writer nobody tuning has read, measured once:
    /// adding a part is one line here (the project embeds any es-heldout*.tsv or ar-heldout*.tsv); the held-out test and
    /// the benchmark read this list. The round 6 parts were measured once and became tuning parts in round 7.
    /// </summary>
    private static readonly string[] LanguageHeldOutFiles =
    [
    ];

    /// <summary>Each sealed Spanish or Arabic held-out part, named by its file ("es-heldout2"); its language is the name's first two letters.</summary>
    public static IEnumerable<(string Name, IReadOnlyList<LabelledPost> Posts)> LanguageHeldOut() =>
        LanguageHeldOutFiles.Select(f => (Path.GetFileNameWithoutExtension(f), (IReadOnlyList<LabelledPost>)Read("risk-" + f)));
    /// <summary>A ninth writer's 300 posts (round 6), written without seeing any other part; nobody tuning reads it.</summary>
    public static IReadOnlyList<LabelledPost> HeldOut5() => Read("risk-heldout5.tsv");

    private static List<LabelledPost> Read(string resource)
    {
        using var stream = typeof(RiskEvaluationSet).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{resource} is not embedded");
        using var reader = new StreamReader(stream);
        var posts = new List<LabelledPost>();
        reader.ReadLine(); // the header
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            var columns = line.Split('\t', 3);
            posts.Add(new LabelledPost(columns[0] == "risk", columns[1], columns[2]));
        }
        return posts;
    }
}
