using Forum.Domain.Safety.Risk;

namespace Forum.Tests.Unit;

/// <summary>The detector with its model: loaded once for the whole test run (the model is one per process).</summary>
[Category("Unit")]
public sealed class RiskModelTests
{
    internal static readonly RiskDetector WithModel = new([], useModel: true);

    [TestCase("I keep wondering whether anyone would notice if I quietly stopped being around")]
    [TestCase("the world will be a little lighter once i'm not in it")]
    public void The_model_hears_what_no_pattern_names(string text) => WithModel.Assess([text]).ShouldNotBe(RiskBand.None);

    [TestCase("Tonight I am making pancakes with my kids and then a film")]
    [TestCase("bought new running shoes today, going again tomorrow")]
    public void Ordinary_days_with_a_cue_word_stay_unpaused(string text) => WithModel.Assess([text]).ShouldBe(RiskBand.None);

    [Test]
    public void Loaded_once_it_is_ready()
    {
        WithModel.Assess(["I feel like there is no point to anything anymore"]);
        WithModel.ModelStatus.ShouldBe(RiskModelStatus.Ready);
    }
}
