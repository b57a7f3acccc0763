using Forum.Domain.Safety.Risk;
using Forum.TestTexts.RiskEvaluation;

namespace Forum.Tools;

/// <summary>
/// `train-risk --experiment`: leaving one writer out (fitted on the other tuning parts, scored on that writer's: the
/// nearest thing to held-out that tuning may look at), the regression, the nearest-neighbour margin and the two mixed,
/// as AUC and as recall at 3, 5 and 8 % false pauses; totals only.
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
            Console.WriteLine($"{(w.Count == 0 ? 0 : detector.Probabilities(w, RiskContext.Features(t)).Max()):F3} {detector.Assess([t])} {t}");
        }
        return 0;
    }

    /// <summary>
    /// Milliseconds per post over the tuning posts (p50, p95, mean), the patterns alone and together, in rounds that
    /// alternate the two so that a busy machine's stalls fall on both: a check that a change to the patterns costs little.
    /// </summary>
    public static int Timing()
    {
        var texts = RiskEvaluationSet.TuningParts().SelectMany(p => p).Select(p => p.Text).ToArray();
        var together = new RiskDetector([], useModel: true);
        var patterns = new RiskDetector([], useModel: false);
        foreach (var t in texts.Take(50)) together.Assess([t]);
        var times = new[] { new List<double>(), new List<double>() };
        for (var round = 0; round < 3; round++)
            foreach (var (detector, k) in new[] { (patterns, 0), (together, 1) })
                foreach (var t in texts)
                {
                    var started = System.Diagnostics.Stopwatch.GetTimestamp();
                    detector.Assess([t]);
                    times[k].Add(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
        foreach (var (name, k) in new[] { ("patterns", 0), ("together", 1) })
        {
            var sorted = times[k].Order().ToArray();
            Console.WriteLine($"{name}: p50 {sorted[sorted.Length / 2]:F2} ms, p95 {sorted[(int)(sorted.Length * 0.95)]:F2} ms, mean {sorted.Average():F2} ms over {sorted.Length} readings");
        }
        Console.WriteLine($"load average: {File.ReadAllText("/proc/loadavg").Trim()}");
        return 0;
    }

    public static int Run()
    {
        var parts = RiskEvaluationSet.TuningParts();
        var posts = parts.SelectMany(p => p).ToList();
        var writer = parts.SelectMany((p, k) => p.Select(_ => k)).ToArray();
        var detector = new RiskDetector([], useModel: false, null, new RiskClassifier(0, 2, 2, 2, 2, new double[RiskClassifier.Size]));
        var bands = posts.Select(p => detector.Assess([p.Text], RiskLayers.Patterns)).ToArray();
        var windows = posts.Select(p => detector.Read(p.Text).Windows.Select(w => w.Text).ToArray()).ToArray();
        var all = windows.SelectMany(w => w).Distinct().ToArray();
        var embeddings = RiskDetector.Embed(all);
        var index = all.Select((t, k) => (t, k)).ToDictionary(x => x.t, x => embeddings[x.k]);
        var y = posts.Select(p => p.AtRisk).ToArray();
        var reached = posts.Where((p, k) => p.AtRisk && windows[k].Length > 0).Count();
        Console.WriteLine($"posts at risk with a window the model reads: {reached}/{posts.Count(p => p.AtRisk)}");
        for (var w = 0; w < parts.Length; w++)
            Print($"patterns on writer {w + 1}", parts[w], [.. Enumerable.Range(0, posts.Count).Where(k => writer[k] == w).Select(k => bands[k] != RiskBand.None)]);
        // Leave one writer out: fit on the others' parts, score the one left out, as a held-out part would be.
        foreach (var (variant, slice) in new[] { ("MiniLM", 0..384) })
            for (var left = 0; left < parts.Length; left++)
            {
                double[] F(string text) => RiskClassifier.Features(index[text], [])[slice];
                var rows = new List<(double[] F, bool AtRisk, int Post)>();
                for (var k = 0; k < posts.Count; k++)
                    if (writer[k] != left) foreach (var w in windows[k]) rows.Add((F(w), y[k], k));
                var model = RiskTraining.Fit(rows, 0.01);
                var test = Enumerable.Range(0, posts.Count).Where(k => writer[k] == left).ToArray();
                var lr = test.Select(k => windows[k].Select(w => RiskTraining.Probability(model, F(w))).DefaultIfEmpty(0).Max()).ToArray();
                // Nearest neighbours: how much closer a window is to the nearest risk windows than to the nearest safe ones.
                var train = rows.Select(r => (E: r.F, r.AtRisk)).ToArray();
                double Knn(string text)
                {
                    var e = F(text);
                    var sims = train.Select(t => (S: Dot(e, t.E), t.AtRisk)).ToArray();
                    double Top(bool risk) => sims.Where(x => x.AtRisk == risk).Select(x => x.S).OrderDescending().Take(5).Average();
                    return Top(true) - Top(false);
                }
                var knn = test.Select(k => windows[k].Select(Knn).DefaultIfEmpty(-1).Max()).ToArray();
                Console.WriteLine($"{variant} -> writer {left + 1}: knn AUC {RiskTraining.Auc(knn, [.. test.Select(k => y[k])]):F3}");
                foreach (var alpha in new[] { 2.0, 5.0, 10.0 })
                {
                    var mix = lr.Select((p, i) => Math.Log(p / (1 - p + 1e-12) + 1e-12) + alpha * 10 * knn[i]).ToArray();
                    Console.WriteLine($"   lr+{alpha}*knn AUC {RiskTraining.Auc(mix, [.. test.Select(k => y[k])]):F3}");
                }
                var score = lr;
                var name = $"{variant} -> writer {left + 1}";
                Console.WriteLine($"{name}: AUC {RiskTraining.Auc(score, [.. test.Select(k => y[k])]):F3}");
                var ps = test.Select(k => posts[k]).ToList();
                foreach (var fpTarget in new[] { 0.03, 0.05, 0.08 })
                {
                    var safeScores = test.Select((k, i) => (k, i)).Where(x => !y[x.k] && bands[x.k] == RiskBand.None).Select(x => score[x.i]).OrderDescending().ToArray();
                    var allowed = (int)(fpTarget * test.Count(k => !y[k])) - test.Count(k => !y[k] && bands[k] != RiskBand.None);
                    var t = allowed < 0 ? 1.0 : safeScores.Length > allowed ? safeScores[allowed] + 1e-9 : 0;
                    Print($"   model alone at that bar, t={t:F2}", ps, [.. score.Select(s => s >= t)]);
                    Print($"   together fp<={fpTarget}", ps, [.. test.Select((k, i) => bands[k] != RiskBand.None || score[i] >= t)]);
                }
            }
        return 0;
    }

    private static double Dot(double[] a, double[] b) { double s = 0; for (var i = 0; i < a.Length; i++) s += a[i] * b[i]; return s; }

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
