using Forum.Domain.Safety.Risk;
using Forum.TestTexts.RiskEvaluation;

namespace Forum.Tests.Unit;

/// <summary>
/// The detector on the held-out parts of the evaluation set, which no tuning has seen. Only the totals are printed;
/// no post is. The floor is at least 90 % of the posts at risk paused with at most 8 % of the others; the floors
/// here sit one post under what each part measured once, to guard against going back, not the goal
/// (docs/decisions/0007-risk-detector.md). Raise them when the detector gets there.
/// </summary>
[Category("Unit")]
public sealed class RiskHeldOutTests
{
    /// <summary>
    /// One line per held-out part (heldoutN.tsv, es-heldoutN.tsv, ar-heldoutN.tsv, embedded by the project file as it is):
    /// recall at least, needless pauses at most, one post under its one measurement. Round 7 folded the English
    /// heldout.tsv–heldout5.tsv into tuning (now tuning6–10.tsv, below) and round 6's Spanish and Arabic held-out parts
    /// (es-tuning2.tsv, ar-tuning2.tsv); the parts written for round 7 get their line here once measured.
    /// </summary>
    private static readonly Dictionary<string, (double MinimumRecall, double MaximumFalsePauses)> HeldOutFloors = new()
    {
        // Round 7, each measured once (recall / needless pauses, %): heldout6 92.0 / 7.3, heldout7 83.3 / 10.7,
        // es-heldout2 63.7 / 6.2, ar-heldout2 70.0 / 10.0. Round 6 on the same parts: 88.7 / 11.3, 82.0 / 11.3, 52.5 / 5.0,
        // 60.0 / 6.2. heldout6 meets the floor (90 / 8); the others do not yet.
        ["heldout6.tsv"] = (137 / 150.0, 12 / 150.0),
        ["heldout7.tsv"] = (124 / 150.0, 17 / 150.0),
        ["es-heldout2.tsv"] = (50 / 80.0, 6 / 80.0),
        ["ar-heldout2.tsv"] = (55 / 80.0, 9 / 80.0),
    };

    [Test]
    public void Every_held_out_part_holds_its_floors()
    {
        var parts = RiskEvaluationSet.HeldOutParts();
        var failures = new List<string>();
        foreach (var file in parts)
            if (!HeldOutFloors.TryGetValue(file, out var floors))
                failures.Add($"{file} has no floors here: measure it once (the risk benchmark), then add its line");
            else if (Shortfall(file, RiskEvaluationSet.Part(file), floors.MinimumRecall, floors.MaximumFalsePauses) is { } failure)
                failures.Add(failure);
        failures.AddRange(HeldOutFloors.Keys.Except(parts).Select(f => $"{f} has floors but is not embedded"));
        failures.ShouldBeEmpty();
    }

    /// <summary>
    /// The parts held out until round 6 and tuned on since round 7: in-sample now, so these floors (one post under round
    /// 7 as shipped) only say that a change did not undo what was learned from them.
    /// </summary>
    // Round 7 in-sample: 92.0 / 1.0, 98.0 / 2.0, 96.7 / 0.7, 96.0 / 0.0, 94.0 / 0.0 (recall / needless pauses, %).
    [TestCase("tuning6.tsv", 0.91, 0.02)]
    [TestCase("tuning7.tsv", 0.97, 0.027)]
    [TestCase("tuning8.tsv", 0.96, 0.014)]
    [TestCase("tuning9.tsv", 0.95, 0.007)]
    [TestCase("tuning10.tsv", 0.93, 0.007)]
    public void A_part_tuned_on_since_round_7_keeps_its_in_sample_floors(string file, double minimumRecall, double maximumFalsePauses) =>
        Measure(file, RiskEvaluationSet.Part(file), minimumRecall, maximumFalsePauses);

    private static void Measure(string name, IReadOnlyList<LabelledPost> posts, double minimumRecall, double maximumFalsePauses) =>
        Shortfall(name, posts, minimumRecall, maximumFalsePauses).ShouldBeNull();

    /// <returns>Null when the part holds its floors, else what fell short.</returns>
    private static string? Shortfall(string name, IReadOnlyList<LabelledPost> posts, double minimumRecall, double maximumFalsePauses)
    {
        var paused = posts.Select(p => RiskModelTests.WithModel.Assess([p.Text]) != RiskBand.None).ToArray();
        var atRisk = posts.Count(p => p.AtRisk);
        var recall = (double)posts.Where((p, i) => p.AtRisk && paused[i]).Count() / atRisk;
        var falsePauses = (double)posts.Where((p, i) => !p.AtRisk && paused[i]).Count() / (posts.Count - atRisk);
        var line = $"{name}: recall {recall:P1}, false pauses {falsePauses:P1} ({posts.Count} posts)";
        TestContext.Out.WriteLine(line);
        return recall >= minimumRecall && falsePauses <= maximumFalsePauses
            ? null
            : $"{line}, floors recall {minimumRecall:P1}, false pauses {maximumFalsePauses:P1}";
    }
}
