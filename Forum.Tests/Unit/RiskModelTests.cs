using Forum.Domain.Safety.Risk;

namespace Forum.Tests.Unit;

/// <summary>The detector with its model: loaded once for the whole test run (the model is one per process).</summary>
[Category("Unit")]
public sealed class RiskModelTests
{
    internal static readonly RiskDetector WithModel = new([], useModel: true);

    [TestCase("Tonight I am making pancakes with my kids and then a film")]
    public void Ordinary_days_with_a_cue_word_stay_unpaused(string text) => WithModel.Assess([text]).ShouldBe(RiskBand.None);

    [Test]
    public void Loaded_once_it_is_ready()
    {
        WithModel.Assess(["I feel like there is no point to anything anymore"]);
        WithModel.ModelStatus.ShouldBe(RiskModelStatus.Ready);
    }
}
