using Forum.Domain.Safety.Risk;
using Forum.TestTexts.RiskEvaluation;

namespace Forum.Tools;

/// <summary>
/// `train-risk --languages [--misses] [file.tsv …]`: the Spanish and Arabic patterns on each tuning part, one per writer
/// (a part the patterns were not written from is the nearest thing to a new writer that tuning may look at), and with
/// `--misses` the posts they get wrong with what matched. Files named on the command line (a new writer's part before
/// it is embedded) are read too. Never pass a held-out part.
/// </summary>
internal static class RiskLanguageTuning
{
    public static int Run(string[] options)
    {
        var detector = new RiskDetector([], useModel: false);
        var parts = new List<(string Name, IReadOnlyList<LabelledPost> Posts)>
        {
            ("es tuning", RiskEvaluationSet.SpanishTuning()), ("es tuning2", RiskEvaluationSet.SpanishTuning2()),
            ("es tuning3", RiskEvaluationSet.SpanishTuning3()),
            ("ar tuning", RiskEvaluationSet.ArabicTuning()), ("ar tuning2", RiskEvaluationSet.ArabicTuning2()),
            ("ar tuning3", RiskEvaluationSet.ArabicTuning3()),
        };
        foreach (var file in options.Where(o => o.EndsWith(".tsv", StringComparison.Ordinal)))
        {
            if (file.Contains("heldout", StringComparison.Ordinal)) throw new ArgumentException("held-out parts are for measuring only", nameof(options));
            parts.Add((Path.GetFileNameWithoutExtension(file), [.. File.ReadLines(file).Skip(1).Where(l => l.Length > 0)
                .Select(l => l.Split('\t', 3)).Select(c => new LabelledPost(c[0] == "risk", c[1], c[2]))]));
        }
        foreach (var (name, posts) in parts)
        {
            var bands = posts.Select(p => detector.Assess([p.Text], RiskLayers.Patterns)).ToArray();
            var atRisk = posts.Count(p => p.AtRisk);
            var found = posts.Where((p, i) => p.AtRisk && bands[i] != RiskBand.None).Count();
            var needless = posts.Where((p, i) => !p.AtRisk && bands[i] != RiskBand.None).Count();
            Console.WriteLine($"{name,-12}: recall {found}/{atRisk} {100.0 * found / atRisk:F1} %, needless pauses {needless}/{posts.Count - atRisk} {100.0 * needless / (posts.Count - atRisk):F1} %");
            if (!options.Contains("--misses")) continue;
            for (var i = 0; i < posts.Count; i++)
            {
                if ((bands[i] != RiskBand.None) == posts[i].AtRisk) continue;
                Console.WriteLine($"  {(posts[i].AtRisk ? "missed" : "paused")} [{posts[i].Style}] {posts[i].Text}");
                foreach (var line in RiskLanguages.Explain(posts[i].Text)) Console.WriteLine($"      {line}");
            }
        }
        return 0;
    }
}
