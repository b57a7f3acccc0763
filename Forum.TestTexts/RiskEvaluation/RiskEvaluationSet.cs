namespace Forum.TestTexts.RiskEvaluation;

/// <summary>One labelled post of the evaluation set: <see cref="AtRisk"/> is the writers' label, <see cref="Style"/> how it is written.</summary>
public sealed record LabelledPost(bool AtRisk, string Style, string Text);

/// <summary>
/// The risk detector's evaluation set (see README.md beside the files). <see cref="Tuning"/> may shape the detector;
/// <see cref="HeldOutParts"/> are for measuring only: the held-out test and the benchmark, which print aggregates.
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

    /// <summary>
    /// Round 1's held-out part (200 posts), written apart from <see cref="Tuning"/>; measured as held-out in rounds 1–6
    /// (eight looks in round 2–3 alone), tuned on from round 7.
    /// </summary>
    public static IReadOnlyList<LabelledPost> Tuning6() => Read("risk-tuning6.tsv");

    /// <summary>A fourth writer's 300 posts (a third long stories), held out in rounds 3–6, tuned on from round 7.</summary>
    public static IReadOnlyList<LabelledPost> Tuning7() => Read("risk-tuning7.tsv");

    /// <summary>A sixth writer's 300 posts (a third of each label long stories), held out in rounds 4–6, tuned on from round 7.</summary>
    public static IReadOnlyList<LabelledPost> Tuning8() => Read("risk-tuning8.tsv");

    /// <summary>A seventh writer's 300 posts (mixed present and past signs), held out in rounds 5–6, tuned on from round 7.</summary>
    public static IReadOnlyList<LabelledPost> Tuning9() => Read("risk-tuning9.tsv");

    /// <summary>A ninth writer's 300 posts, held out and measured once in round 6, tuned on from round 7.</summary>
    public static IReadOnlyList<LabelledPost> Tuning10() => Read("risk-tuning10.tsv");

    /// <summary>Every English tuning part, one per writer, in the order they were written (training leaves each out in turn).</summary>
    public static IReadOnlyList<LabelledPost>[] TuningParts() =>
        [Tuning(), Tuning2(), Tuning3(), Tuning4(), Tuning5(), Tuning6(), Tuning7(), Tuning8(), Tuning9(), Tuning10()];

    /// <summary>
    /// The held-out parts embedded in this assembly, by file name in the order written: English heldoutN.tsv, Spanish
    /// es-heldoutN.tsv and Arabic ar-heldoutN.tsv (the project file embeds any such file). Nobody tuning reads them: only
    /// <c>RiskHeldOutTests</c> and the <c>risk</c> benchmark, which print totals. Adding a part is dropping the file in and
    /// giving it floors in <c>RiskHeldOutTests</c> once it has been measured.
    /// </summary>
    public static IReadOnlyList<string> HeldOutParts() =>
        [.. typeof(RiskEvaluationSet).Assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith(".tsv", StringComparison.Ordinal)
                && (n.StartsWith("risk-heldout", StringComparison.Ordinal) || n.StartsWith("risk-es-heldout", StringComparison.Ordinal) || n.StartsWith("risk-ar-heldout", StringComparison.Ordinal)))
            .Select(n => n["risk-".Length..])
            .OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal)];

    /// <summary>One part by its file name ("tuning7.tsv", "heldout6.tsv", "es-heldout2.tsv").</summary>
    public static IReadOnlyList<LabelledPost> Part(string file) => Read("risk-" + file);

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
