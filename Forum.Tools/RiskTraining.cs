using System.Globalization;
using Forum.Domain.Safety.Risk;
using Forum.TestTexts.RiskEvaluation;

namespace Forum.Tools;

/// <summary>
/// `dotnet run --project Forum.Tools -- train-risk [path]`: fits the risk classifier on the tuning part of the
/// evaluation set only (the held-out part is never opened here) and writes its weights to
/// Forum.Domain/Safety/Risk/risk-classifier.txt. `train-risk --misses` also lists the tuning posts the patterns get
/// wrong, for whoever is improving them.
/// </summary>
internal static class RiskTraining
{
    private static readonly double[] Penalties = [0.0003, 0.001, 0.003, 0.01, 0.03];
    private const int Folds = 5;

    public static int Run(string[] options)
    {
        var tuning = RiskEvaluationSet.Tuning();
        var detector = new RiskDetector([], useModel: false, null, new RiskClassifier(0, 2, 2, new double[RiskClassifier.Size]));
        var patternBands = tuning.Select(p => detector.Assess([p.Text], RiskLayers.Patterns)).ToArray();
        Print("patterns", tuning, patternBands.Select(b => b != RiskBand.None).ToArray());
        if (options.Contains("--misses"))
        {
            for (var i = 0; i < tuning.Count; i++)
                if ((patternBands[i] != RiskBand.None) != tuning[i].AtRisk)
                    Console.WriteLine($"  {(tuning[i].AtRisk ? "missed" : "paused")} [{tuning[i].Style}] {tuning[i].Text}");
        }

        // One window per tuning post (they are short); a post without distress cues never reaches the model.
        var rows = new List<(double[] Features, bool AtRisk, int Post)>();
        var windows = tuning.Select(p => detector.Read(p.Text).Windows).ToArray();
        var texts = windows.SelectMany(w => w).Select(w => w.Text).ToArray();
        var embeddings = RiskDetector.Embed(texts);
        var e = 0;
        for (var i = 0; i < tuning.Count; i++)
            foreach (var window in windows[i])
                rows.Add((RiskClassifier.Features(embeddings[e++]), tuning[i].AtRisk, i));
        Console.WriteLine($"{rows.Count} windows from {tuning.Count} posts; {tuning.Count(p => p.AtRisk) - rows.Where(r => r.AtRisk).Select(r => r.Post).Distinct().Count()} posts at risk have no cue");

        // Cross-validation picks the penalty and the thresholds, so the shipped numbers are not read off posts the fit saw.
        var best = (Penalty: 0.0, Score: double.MinValue, Probabilities: Array.Empty<double>());
        foreach (var penalty in Penalties)
        {
            var probabilities = new double[rows.Count];
            for (var fold = 0; fold < Folds; fold++)
            {
                var train = rows.Where(r => r.Post % Folds != fold).ToList();
                var model = Fit(train, penalty);
                for (var r = 0; r < rows.Count; r++)
                    if (rows[r].Post % Folds == fold) probabilities[r] = Probability(model, rows[r].Features);
            }
            var auc = Auc(probabilities, rows.Select(r => r.AtRisk).ToArray());
            Console.WriteLine($"penalty {penalty}: cross-validated AUC {auc:F3}");
            if (auc > best.Score) best = (penalty, auc, probabilities);
        }
        var (possibleAt, likelyAt) = Thresholds(best.Probabilities, rows.Select(r => r.AtRisk).ToArray());
        var final = Fit(rows, best.Penalty);
        var classifier = new RiskClassifier(final[0], possibleAt, likelyAt, final[1..]);
        var cvBands = tuning.Select((p, i) =>
        {
            var pattern = patternBands[i];
            if (pattern != RiskBand.None) return true;
            var mine = Enumerable.Range(0, rows.Count).Where(r => rows[r].Post == i).Select(r => best.Probabilities[r]).DefaultIfEmpty(0).Max();
            return mine >= possibleAt;
        }).ToArray();
        Print("patterns or model, model cross-validated", tuning, cvBands);

        var path = options.FirstOrDefault(o => !o.StartsWith("--")) ?? Path.Combine("Forum.Domain", "Safety", "Risk", "risk-classifier.txt");
        File.WriteAllText(path, classifier.Format(
            $"train-risk: logistic regression, penalty {best.Penalty.ToString(CultureInfo.InvariantCulture)}, {rows.Count} windows of tuning.tsv; bias, possible-at, likely-at, then {RiskClassifier.Size} weights"));
        Console.WriteLine($"wrote {path}: pause at p >= {possibleAt:F3}, likely at p >= {likelyAt:F3}");
        return 0;
    }

    private static void Print(string layer, IReadOnlyList<LabelledPost> posts, bool[] paused)
    {
        var risk = posts.Count(p => p.AtRisk);
        var caught = posts.Where((p, i) => p.AtRisk && paused[i]).Count();
        var falsePauses = posts.Where((p, i) => !p.AtRisk && paused[i]).Count();
        Console.WriteLine($"{layer}: recall {caught}/{risk} ({100.0 * caught / risk:F1} %), false pauses {falsePauses}/{posts.Count - risk} ({100.0 * falsePauses / (posts.Count - risk):F1} %)");
    }

    /// <summary>The lowest threshold with at most 4 % false pauses among cross-validated windows, and a stricter one for Likely.</summary>
    private static (double PossibleAt, double LikelyAt) Thresholds(double[] probabilities, bool[] atRisk)
    {
        var safe = probabilities.Where((_, i) => !atRisk[i]).OrderDescending().ToArray();
        var allowed = (int)Math.Floor(0.04 * safe.Length);
        var possibleAt = safe.Length == 0 ? 0.5 : Math.Clamp(safe[Math.Min(allowed, safe.Length - 1)] + 1e-6, 0.05, 0.95);
        var likelyAt = Math.Max(possibleAt, safe.Length == 0 ? 0.8 : safe[0] + 1e-6);
        return (possibleAt, Math.Min(likelyAt, 0.99));
    }

    /// <summary>L2-penalised logistic regression by full-batch gradient descent; element 0 is the bias.</summary>
    private static double[] Fit(List<(double[] Features, bool AtRisk, int Post)> rows, double penalty)
    {
        var size = RiskClassifier.Size;
        var w = new double[size + 1];
        const double rate = 0.5;
        for (var iteration = 0; iteration < 3000; iteration++)
        {
            var gradient = new double[size + 1];
            foreach (var (features, atRisk, _) in rows)
            {
                var error = Probability(w, features) - (atRisk ? 1 : 0);
                gradient[0] += error;
                for (var j = 0; j < size; j++) gradient[j + 1] += error * features[j];
            }
            w[0] -= rate * gradient[0] / rows.Count;
            for (var j = 1; j <= size; j++) w[j] -= rate * (gradient[j] / rows.Count + penalty * w[j]);
        }
        return w;
    }

    private static double Probability(double[] w, double[] features)
    {
        var z = w[0];
        for (var j = 0; j < features.Length; j++) z += w[j + 1] * features[j];
        return 1 / (1 + Math.Exp(-z));
    }

    private static double Auc(double[] scores, bool[] positive)
    {
        var pos = scores.Where((_, i) => positive[i]).ToArray();
        var neg = scores.Where((_, i) => !positive[i]).ToArray();
        double wins = 0;
        foreach (var p in pos) foreach (var n in neg) wins += p > n ? 1 : p == n ? 0.5 : 0;
        return wins / Math.Max(1, pos.Length * neg.Length);
    }
}
