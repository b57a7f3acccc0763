using Forum.Domain.Safety.Risk;
using Forum.TestTexts.RiskEvaluation;

namespace Forum.Tests.Unit;

/// <summary>
/// The detector on the three held-out parts of the evaluation set, which no tuning has seen. Only the totals are printed;
/// no post is. The floor is at least 90 % of the posts at risk paused with at most 8 % of the others. Round 4
/// reached 72 % / 3 % on the first part, 87 % / 6 % on the second and 87 % / 5 % on the third (83 % / 5 % together;
/// round 3 had traded more needless pauses for recall: 83 % / 3 % and 89 % / 13 %), so this asserts floors just under
/// those, to guard against going back, not the goal (docs/decisions/0007-risk-detector.md). Raise them when the
/// detector gets there.
/// </summary>
[Category("Unit")]
public sealed class RiskHeldOutTests
{
    [Test]
    public void First_held_out_part_recall_is_at_least_74_percent_with_at_most_5_5_percent_false_pauses() =>
        Measure("held-out", RiskEvaluationSet.HeldOut(), minimumRecall: 0.74, maximumFalsePauses: 0.055);

    [Test]
    public void Second_held_out_part_recall_is_at_least_88_percent_with_at_most_8_5_percent_false_pauses() =>
        Measure("held-out2", RiskEvaluationSet.HeldOut2(), minimumRecall: 0.88, maximumFalsePauses: 0.085);

    [Test]
    public void Third_held_out_part_recall_is_at_least_84_percent_with_at_most_6_5_percent_false_pauses() =>
        Measure("held-out3", RiskEvaluationSet.HeldOut3(), minimumRecall: 0.84, maximumFalsePauses: 0.065);

    [Test]
    public void Fourth_held_out_part_recall_is_at_least_77_percent_with_at_most_10_5_percent_false_pauses() =>
        Measure("held-out4", RiskEvaluationSet.HeldOut4(), minimumRecall: 0.77, maximumFalsePauses: 0.105);

    // Round 6: Spanish and Arabic (80 posts at risk and 80 not in each), read by their own patterns alone. Measured once
    // after tuning: 51 of 80 (63.8 %) with 2 needless pauses (2.5 %) in Spanish, 51 of 80 with 4 (5.0 %) in Arabic.
    [Test]
    public void Spanish_held_out_part_recall_is_at_least_62_5_percent_with_at_most_3_75_percent_false_pauses() =>
        Measure("es held-out", RiskEvaluationSet.SpanishHeldOut(), minimumRecall: 0.625, maximumFalsePauses: 0.0375);

    [Test]
    public void Arabic_held_out_part_recall_is_at_least_62_5_percent_with_at_most_6_25_percent_false_pauses() =>
        Measure("ar held-out", RiskEvaluationSet.ArabicHeldOut(), minimumRecall: 0.625, maximumFalsePauses: 0.0625);

    private static void Measure(string name, IReadOnlyList<LabelledPost> posts, double minimumRecall, double maximumFalsePauses)
    {
        var paused = posts.Select(p => RiskModelTests.WithModel.Assess([p.Text]) != RiskBand.None).ToArray();
        var atRisk = posts.Count(p => p.AtRisk);
        var recall = (double)posts.Where((p, i) => p.AtRisk && paused[i]).Count() / atRisk;
        var falsePauses = (double)posts.Where((p, i) => !p.AtRisk && paused[i]).Count() / (posts.Count - atRisk);
        TestContext.Out.WriteLine($"{name}: recall {recall:P1}, false pauses {falsePauses:P1} ({posts.Count} posts)");
        recall.ShouldBeGreaterThanOrEqualTo(minimumRecall);
        falsePauses.ShouldBeLessThanOrEqualTo(maximumFalsePauses);
    }
}
