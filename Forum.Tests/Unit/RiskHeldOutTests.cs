using Forum.Domain.Safety.Risk;
using Forum.TestTexts.RiskEvaluation;

namespace Forum.Tests.Unit;

/// <summary>
/// The detector on the held-out part of the evaluation set, which no tuning has seen. Only the totals are printed; no
/// post is. The goal floor is at least 90 % of the posts at risk paused with at most 8 % of the others; round 2 reached
/// 74 % and 8 %, so this asserts a floor just under that (72 %, 8 %) to guard against going back, not the goal
/// (docs/decisions/0007-risk-detector.md). Raise it to 90 % when the detector gets there.
/// </summary>
[Category("Unit")]
public sealed class RiskHeldOutTests
{
    [Test]
    public void Held_out_recall_is_at_least_72_percent_with_at_most_8_percent_false_pauses()
    {
        var posts = RiskEvaluationSet.HeldOut();
        var paused = posts.Select(p => RiskModelTests.WithModel.Assess([p.Text]) != RiskBand.None).ToArray();
        var atRisk = posts.Count(p => p.AtRisk);
        var recall = (double)posts.Where((p, i) => p.AtRisk && paused[i]).Count() / atRisk;
        var falsePauses = (double)posts.Where((p, i) => !p.AtRisk && paused[i]).Count() / (posts.Count - atRisk);
        TestContext.Out.WriteLine($"held-out: recall {recall:P1}, false pauses {falsePauses:P1} ({posts.Count} posts)");
        recall.ShouldBeGreaterThanOrEqualTo(0.72);
        falsePauses.ShouldBeLessThanOrEqualTo(0.08);
    }
}
