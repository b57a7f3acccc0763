using Forum.Domain.Safety.Risk;
using Forum.TestTexts.RiskEvaluation;

namespace Forum.Tools;

/// <summary>
/// `train-risk --experiment`: the model fitted on one writer's tuning part and scored on the other's (the nearest thing to
/// held-out that tuning may look at), and by 5-fold cross-validation, with whole posts or cue sentences too; totals only.
/// `train-risk --probe "text" …`: the model's probability and the detector's band for texts typed on the command line.
/// </summary>
internal static class RiskExperiment
{
    public static int Probe(string[] texts)
    {
        var detector = new RiskDetector([], useModel: true);
        RiskDetector.Embed(["warm"]);
        foreach (var t in texts)
        {
            var w = detector.Read(t).Windows;
            Console.WriteLine($"{(w.Count == 0 ? 0 : detector.Probabilities(w).Max()):F3} {detector.Assess([t])} {t}");
        }
        return 0;
    }

    public static int Run()
    {
        var t1 = RiskEvaluationSet.Tuning();
        var t2 = RiskEvaluationSet.Tuning2();
        var posts = t1.Concat(t2).ToList();
        var detector = new RiskDetector([], useModel: true);
        var bands = posts.Select(p => detector.Assess([p.Text], RiskLayers.Patterns)).ToArray();
        var whole = posts.Select(p => detector.Read(p.Text).Windows.Select(w => w.Text).ToArray()).ToArray();
        var sentences = posts.Select(p => RiskText.Sentences(p.Text).Where(RiskPatterns.HasCue).ToArray()).ToArray();
        var all = whole.SelectMany(w => w).Concat(sentences.SelectMany(w => w)).Distinct().ToArray();
        var emb = RiskDetector.Embed(all);
        var index = all.Select((t, k) => (t, k)).ToDictionary(x => x.t, x => emb[x.k]);
        var y = posts.Select(p => p.AtRisk).ToArray();
        // Cross-writer: fit on one writer's part, score the other's, as held-out would be.
        foreach (var (trainSet, testSet, name) in new[] { (0, 1, "t1->t2"), (1, 0, "t2->t1"), (-1, -1, "5-fold") })
        {
            var part = posts.Select((_, k) => k < t1.Count ? 0 : 1).ToArray();
            foreach (var withSentences in new[] { false, true })
            {
                var scoreWhole = new double[posts.Count];
                var scoreBoth = new double[posts.Count];
                for (var fold = 0; fold < (trainSet < 0 ? 5 : 1); fold++)
                {
                    bool InTrain(int k) => trainSet < 0 ? k % 5 != fold : part[k] == trainSet;
                    var rows = new List<(double[] F, bool AtRisk, int Post)>();
                    for (var k = 0; k < posts.Count; k++)
                    {
                        if (!InTrain(k)) continue;
                        foreach (var w in whole[k]) rows.Add((RiskClassifier.Features(index[w]), y[k], k));
                        if (withSentences && y[k] == false) foreach (var w in sentences[k]) rows.Add((RiskClassifier.Features(index[w]), false, k));
                    }
                    var model = RiskTraining.Fit(rows, 0.01);
                    for (var k = 0; k < posts.Count; k++)
                    {
                        if (InTrain(k)) continue;
                        scoreWhole[k] = whole[k].Select(w => RiskTraining.Probability(model, RiskClassifier.Features(index[w]))).DefaultIfEmpty(0).Max();
                        scoreBoth[k] = whole[k].Concat(sentences[k]).Select(w => RiskTraining.Probability(model, RiskClassifier.Features(index[w]))).DefaultIfEmpty(0).Max();
                    }
                }
                var test = Enumerable.Range(0, posts.Count).Where(k => trainSet < 0 || part[k] == testSet).ToArray();
                foreach (var (sname, sc) in new[] { ("whole", scoreWhole), ("whole+sentences", scoreBoth) })
                {
                    var ps = test.Select(k => posts[k]).ToList();
                    Console.WriteLine($"{name} train-safe-sentences={withSentences} score={sname}: AUC {RiskTraining.Auc([.. test.Select(k => sc[k])], [.. test.Select(k => y[k])]):F3}");
                    foreach (var fpTarget in new[] { 0.03, 0.05 })
                    {
                        var safeScores = test.Where(k => !y[k] && bands[k] == RiskBand.None).Select(k => sc[k]).OrderDescending().ToArray();
                        var allowed = (int)(fpTarget * test.Count(k => !y[k])) - test.Count(k => !y[k] && bands[k] != RiskBand.None);
                        var t = allowed < 0 ? 1.0 : safeScores.Length > allowed ? safeScores[allowed] + 1e-9 : 0;
                        Print($"   together fp<={fpTarget} t={t:F2}", ps, [.. test.Select(k => bands[k] != RiskBand.None || sc[k] >= t)]);
                    }
                }
            }
        }
        return 0;
    }

    private static double Dot(float[] a, float[] b) { double s = 0; for (var i = 0; i < a.Length; i++) s += a[i] * b[i]; return s; }

    // Post score = max over its windows; thresholds chosen so that the whole decision pauses at most 4 % of safe posts.
    private static void Decide(string name, List<LabelledPost> posts, RiskBand[] bands, int[] post, double[] score)
    {
        var best = Enumerable.Repeat(double.NegativeInfinity, posts.Count).ToArray();
        for (var r = 0; r < post.Length; r++) best[post[r]] = Math.Max(best[post[r]], score[r]);
        foreach (var target in new[] { 0.03, 0.05 })
        {
            // A: patterns or model.  B: Likely patterns, or Possible patterns with a lower model bar, or the model.
            var candidates = best.Where(double.IsFinite).Distinct().Order().ToArray();
            string line = "";
            foreach (var rule in new[] { "A", "B", "C" })
            {
                (double rec, double fp, double t) found = (0, 0, 0);
                foreach (var t in candidates)
                {
                    var paused = posts.Select((p, i) => rule switch
                    {
                        "A" => bands[i] != RiskBand.None || best[i] >= t,
                        "B" => bands[i] == RiskBand.Likely || (bands[i] == RiskBand.Possible && best[i] >= t - 1) || best[i] >= t,
                        _ => (bands[i] == RiskBand.Likely && best[i] >= t - 2) || (bands[i] == RiskBand.Possible && best[i] >= t - 1) || best[i] >= t,
                    }).ToArray();
                    var fp = (double)posts.Where((p, i) => !p.AtRisk && paused[i]).Count() / posts.Count(p => !p.AtRisk);
                    if (fp > target) continue;
                    var rec = (double)posts.Where((p, i) => p.AtRisk && paused[i]).Count() / posts.Count(p => p.AtRisk);
                    found = (rec, fp, t);
                    break;
                }
                line += $" {rule}: recall {found.rec:P1} fp {found.fp:P1} at {found.t:F2};";
            }
            Console.WriteLine($"  {name} fp<={target}:{line}");
        }
    }

    public static void Print(string layer, IReadOnlyList<LabelledPost> posts, bool[] paused)
    {
        var risk = posts.Count(p => p.AtRisk);
        var caught = posts.Where((p, i) => p.AtRisk && paused[i]).Count();
        var falsePauses = posts.Where((p, i) => !p.AtRisk && paused[i]).Count();
        Console.WriteLine($"{layer}: recall {caught}/{risk} ({100.0 * caught / risk:F1} %), false pauses {falsePauses}/{posts.Count - risk} ({100.0 * falsePauses / (posts.Count - risk):F1} %)");
    }
}
