using System.Diagnostics;
using Forum.Domain.Safety;
using Forum.Domain.Safety.Risk;
using Forum.TestTexts.RiskEvaluation;

namespace Forum.Benchmarks;

/// <summary>
/// `dotnet run -c Release --project Forum.Benchmarks -- risk`: each layer of the risk detector on the evaluation set
/// (tuning, held-out, all; totals only, never a post), latency per post, and what the model adds to memory.
/// </summary>
internal static class RiskBenchmark
{
    private static readonly string[] OldPhrases =
    [
        "kill myself", "killing myself", "end my life", "ending my life", "take my own life", "taking my own life", "want to die",
        "wanna die", "better off dead", "suicide note", "no reason to live", "can't go on", "cannot go on", "hurt myself",
        "hurting myself", "cut myself", "cutting myself", "take an overdose", "not be here tomorrow", "say goodbye to everyone",
    ];

    /// <param name="timing">False (`risk --no-timing`) skips the latency runs: a loaded machine's timings mean nothing.</param>
    /// <param name="evaluation">False (`risk --timing-only`) skips the evaluation set: latency and memory alone, in a minute.</param>
    public static void Run(bool timing = true, bool evaluation = true)
    {
        Console.WriteLine($"load average: {File.ReadAllText("/proc/loadavg").Trim()}; {Environment.ProcessorCount} cores");
        var before = Memory();
        var detector = new RiskDetector([], useModel: true);
        var tuning = RiskEvaluationSet.TuningParts();
        // Whatever held-out parts are embedded (RiskEvaluationSet.HeldOutParts): a new part is measured as it lands.
        var heldOutParts = RiskEvaluationSet.HeldOutParts().Select(f => (Name: f[..^".tsv".Length], Posts: RiskEvaluationSet.Part(f))).ToArray();
        var heldOut = heldOutParts.Where(p => p.Name.StartsWith("heldout", StringComparison.Ordinal)).ToArray();
        var spanishTuning = RiskEvaluationSet.SpanishTuning();
        var spanishTuning2 = RiskEvaluationSet.SpanishTuning2();
        var arabicTuning = RiskEvaluationSet.ArabicTuning();
        var arabicTuning2 = RiskEvaluationSet.ArabicTuning2();
        var phrases = new DangerPhrases(OldPhrases);
        var sets = new List<(string Name, IReadOnlyList<LabelledPost> Posts)>();
        sets.AddRange(tuning.Select((posts, k) => ($"tuning{(k == 0 ? "" : k + 1)}", posts)));
        sets.Add(("tuning, all", [.. tuning.SelectMany(p => p)]));
        sets.AddRange(heldOut);
        if (heldOut.Length > 1) sets.Add(("held-out, all", [.. heldOut.SelectMany(p => p.Posts)]));
        sets.Add(("all English", [.. tuning.SelectMany(p => p), .. heldOut.SelectMany(p => p.Posts)]));
        // Spanish and Arabic, read by their own patterns alone (the model knows English only); round 6's held-out parts,
        // measured once, are tuning parts from round 7, and the sealed parts come from RiskEvaluationSet's list.
        sets.AddRange([("es tuning", spanishTuning), ("es tuning2", spanishTuning2), ("es tuning3", RiskEvaluationSet.SpanishTuning3()),
                       ("ar tuning", arabicTuning), ("ar tuning2", arabicTuning2), ("ar tuning3", RiskEvaluationSet.ArabicTuning3())]);
        sets.AddRange(heldOutParts.Except(heldOut));
        if (!evaluation) detector.Assess(["I am so tired and I want to die"]);
        Console.WriteLine("layer                 | set            | recall   | false pauses");
        foreach (var (name, assess) in new (string, Func<string, RiskBand>)[]
                 {
                     ("phrases (before)", t => phrases.Assess([t])),
                     ("patterns", t => detector.Assess([t], RiskLayers.Patterns)),
                     ("model", t => detector.Assess([t], RiskLayers.Model)),
                     ("together", t => detector.Assess([t], RiskLayers.Together)),
                 })
        {
            foreach (var (set, posts) in sets.Where(_ => evaluation))
            {
                var paused = posts.Select(p => assess(p.Text) != RiskBand.None).ToArray();
                var risk = posts.Count(p => p.AtRisk);
                var recall = (double)posts.Where((p, i) => p.AtRisk && paused[i]).Count() / risk;
                var falsePauses = (double)posts.Where((p, i) => !p.AtRisk && paused[i]).Count() / (posts.Count - risk);
                Console.WriteLine($"{name,-21} | {set,-14} | {recall,7:P1} | {falsePauses,7:P1}");
            }
        }
        var after = Memory();
        Console.WriteLine($"memory before the model: RSS {before.Rss} MiB, managed {before.Managed} MiB; after: RSS {after.Rss} MiB, managed {after.Managed} MiB (model {detector.ModelStatus})");

        if (!timing) return;
        var calm = "We walked along the canal and fed the ducks, then made soup with the kids and played cards. ";
        var cued = "Work was hard this week and I am tired, but my sister came round and we talked until late. ";
        foreach (var (label, sentence) in new[] { ("without cues", calm), ("with cues", cued) })
            foreach (var size in new[] { 2_000, 40_000 })
            {
                var text = string.Concat(Enumerable.Repeat(sentence, size / sentence.Length + 1))[..size];
                var patternsOnly = new RiskDetector([], useModel: false);
                var (p50, p95) = Time(() => detector.Assess([text]));
                var (q50, q95) = Time(() => patternsOnly.Assess([text]));
                Console.WriteLine($"{size / 1000,2} KB {label,-12}: together p50 {p50:F2} ms, p95 {p95:F2} ms; patterns only p50 {q50:F2} ms, p95 {q95:F2} ms");
            }
        Console.WriteLine($"load average after: {File.ReadAllText("/proc/loadavg").Trim()}");
    }

    private static (double P50, double P95) Time(Action action)
    {
        for (var i = 0; i < 3; i++) action();
        var times = new List<double>();
        for (var i = 0; i < 40; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return (times[times.Count / 2], times[(int)(times.Count * 0.95)]);
    }

    private static (long Rss, long Managed) Memory()
    {
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        return (process.WorkingSet64 >> 20, GC.GetTotalMemory(true) >> 20);
    }
}
