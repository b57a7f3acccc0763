using Forum.Domain.Safety.Risk;
using Forum.TestTexts.RiskEvaluation;

namespace Forum.Tests.Unit;

/// <summary>
/// The detector on the held-out parts of the evaluation set, which no tuning has seen. Only the totals are printed;
/// no post is. The floor is at least 90 % of the posts at risk paused with at most 8 % of the others. Round 4
/// reached 72 % / 3 % on the first part, 87 % / 6 % on the second and 87 % / 5 % on the third (83 % / 5 % together;
/// round 3 had traded more needless pauses for recall: 83 % / 3 % and 89 % / 13 %), so this asserts floors just under
/// those, to guard against going back, not the goal (docs/decisions/0007-risk-detector.md). Raise them when the
/// detector gets there.
/// </summary>
[Category("Unit")]
public sealed class RiskHeldOutTests
{
    // Round 6 (English) as shipped, each part measured once: 76.0 / 5.0, 90.0 / 9.3, 86.0 / 6.7, 81.3 / 10.0, and the new
    // ninth writer's part 81.3 / 8.7 (recall / needless pauses, %). Each floor is one post under what ships.
    [Test]
    public void First_held_out_part_recall_is_at_least_75_percent_with_at_most_6_percent_false_pauses() =>
        Measure("held-out", RiskEvaluationSet.HeldOut(), minimumRecall: 0.75, maximumFalsePauses: 0.06);

    [Test]
    public void Second_held_out_part_recall_is_at_least_89_percent_with_at_most_10_percent_false_pauses() =>
        Measure("held-out2", RiskEvaluationSet.HeldOut2(), minimumRecall: 0.89, maximumFalsePauses: 0.10);

    [Test]
    public void Third_held_out_part_recall_is_at_least_85_percent_with_at_most_7_5_percent_false_pauses() =>
        Measure("held-out3", RiskEvaluationSet.HeldOut3(), minimumRecall: 0.85, maximumFalsePauses: 0.075);

    [Test]
    public void Fourth_held_out_part_recall_is_at_least_80_percent_with_at_most_10_7_percent_false_pauses() =>
        Measure("held-out4", RiskEvaluationSet.HeldOut4(), minimumRecall: 0.80, maximumFalsePauses: 0.107);

    [Test]
    public void Fifth_held_out_part_recall_is_at_least_80_percent_with_at_most_9_5_percent_false_pauses() =>
        Measure("held-out5", RiskEvaluationSet.HeldOut5(), minimumRecall: 0.80, maximumFalsePauses: 0.095);

    // Round 6's Spanish and Arabic held-out parts were measured once (63.8 / 2.5 and 63.8 / 5.0, recall / needless
    // pauses, %) and became tuning parts in round 7. Each sealed part named in RiskEvaluationSet.LanguageHeldOutFiles is
    // held to its language's floor here, one post under round 6's new-writer figure until it has been measured once.
    private static readonly Dictionary<string, (double MinimumRecall, double MaximumFalsePauses)> LanguageFloors = new()
    {
        ["es"] = (0.625, 0.0375),
        ["ar"] = (0.625, 0.0625),
    };

    [Test]
    public void Each_sealed_spanish_and_arabic_part_holds_its_languages_floor()
    {
        foreach (var (name, posts) in RiskEvaluationSet.LanguageHeldOut())
        {
            var (minimumRecall, maximumFalsePauses) = LanguageFloors[name[..2]];
            Measure(name, posts, minimumRecall, maximumFalsePauses);
        }
    }

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
