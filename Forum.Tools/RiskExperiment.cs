using Forum.Domain.Safety.Risk;
using Forum.TestTexts.RiskEvaluation;

namespace Forum.Tools;

/// <summary>`train-risk --experiment`: compares model layers by cross-validation over the tuning parts (never held-out).</summary>
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
        // Round 1 as shipped, on tuning2 which it never saw.
        foreach (var (name, layer) in new[] { ("patterns", RiskLayers.Patterns), ("model", RiskLayers.Model), ("together", RiskLayers.Together) })
            foreach (var (set, ps) in new[] { ("tuning", t1), ("tuning2", t2) })
                Print($"round1 {name} {set}", ps, [.. ps.Select(p => detector.Assess([p.Text], layer) != RiskBand.None)]);
        var bands = posts.Select(p => detector.Assess([p.Text], RiskLayers.Patterns)).ToArray();
        for (var i = 0; i < t2.Count; i++)
            if (!t2[i].AtRisk && bands[t1.Count + i] != RiskBand.None) Console.WriteLine($"  FP {bands[t1.Count + i]} [{t2[i].Style}] {t2[i].Text}");
        var windows = posts.Select(p => detector.Read(p.Text).Windows).ToArray();
        var texts = windows.SelectMany(w => w).Select(w => w.Text).ToArray();
        var emb = RiskDetector.Embed(texts);
        var rows = new List<(double[] F, bool AtRisk, int Post, float[] E)>();
        var e = 0;
        for (var i = 0; i < posts.Count; i++)
            foreach (var _ in windows[i]) { rows.Add((RiskClassifier.Features(emb[e]), posts[i].AtRisk, i, emb[e])); e++; }
        Console.WriteLine($"{rows.Count} windows; {posts.Count(p => p.AtRisk) - rows.Where(r => r.AtRisk).Select(r => r.Post).Distinct().Count()} at-risk posts without a window");
        const int folds = 5;
        foreach (var penalty in new[] { 0.001, 0.003, 0.01 })
        {
            var lr = new double[rows.Count];
            var knn1 = new double[rows.Count];
            var knn3 = new double[rows.Count];
            for (var fold = 0; fold < folds; fold++)
            {
                var train = rows.Where(r => r.Post % folds != fold).ToList();
                var model = RiskTraining.Fit([.. train.Select(r => (r.F, r.AtRisk, r.Post))], penalty);
                for (var r = 0; r < rows.Count; r++)
                {
                    if (rows[r].Post % folds != fold) continue;
                    lr[r] = RiskTraining.Probability(model, rows[r].F);
                    var sr = train.Where(t => t.AtRisk).Select(t => Dot(t.E, rows[r].E)).OrderDescending().Take(3).ToArray();
                    var ss = train.Where(t => !t.AtRisk).Select(t => Dot(t.E, rows[r].E)).OrderDescending().Take(3).ToArray();
                    knn1[r] = sr[0] - ss[0];
                    knn3[r] = sr.Average() - ss.Average();
                }
            }
            var y = rows.Select(r => r.AtRisk).ToArray();
            Console.WriteLine($"penalty {penalty}: AUC lr {RiskTraining.Auc(lr, y):F3} knn1 {RiskTraining.Auc(knn1, y):F3} knn3 {RiskTraining.Auc(knn3, y):F3}");
            var z = (double[] a) => { var m = a.Average(); var sd = Math.Sqrt(a.Select(x => (x - m) * (x - m)).Average()); return a.Select(x => (x - m) / sd).ToArray(); };
            var logit = lr.Select(p => Math.Log(p / (1 - p))).ToArray();
            var mix = z(logit).Zip(z(knn3), (a, b) => a + b).ToArray();
            var mix1 = z(logit).Zip(z(knn1), (a, b) => a + b).ToArray();
            Console.WriteLine($"  AUC mix3 {RiskTraining.Auc(mix, y):F3} mix1 {RiskTraining.Auc(mix1, y):F3}");
            foreach (var (name, score) in new[] { ("lr", logit), ("knn3", knn3), ("mix3", mix), ("mix1", mix1) })
                Decide(name, posts, bands, rows.Select(r => r.Post).ToArray(), score);
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
