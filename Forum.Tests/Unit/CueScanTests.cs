using Forum.Domain.Safety.Risk;
using Forum.TestTexts.RiskEvaluation;

namespace Forum.Tests.Unit;

/// <summary>
/// The look before normalising may say "maybe" too often, never "no" where the patterns would have found a cue: every
/// word of the tuning posts, every typo and slang word the normaliser knows, and each in capitals and held for emphasis.
/// </summary>
[Category("Unit")]
public sealed class CueScanTests
{
    private static readonly RiskPatterns Patterns = new(["walk into the woods"]);

    private static IEnumerable<string> Words() =>
        RiskEvaluationSet.TuningParts().SelectMany(p => p).SelectMany(p => p.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Concat(RiskText.Words.Keys).Concat(RiskText.PhraseWords.Keys).Concat(["woods", "can't", "GOODBYE", "diiiie", "tonnnight"])
            .Distinct();

    [Test]
    public void A_word_the_scan_passes_over_has_no_cue_for_the_patterns()
    {
        var missed = Words().SelectMany(w => new[] { w, w.ToUpperInvariant(), string.Concat(w.Select(c => new string(c, 3))) })
            .Where(w => !Patterns.Scan.MayHaveCue(w) && RiskText.Sentences(w).Any(s => Patterns.Read(s).Cue))
            .ToList();
        missed.ShouldBeEmpty();
    }

    [Test]
    public void A_calm_post_is_passed_over_and_a_cue_is_not()
    {
        Patterns.Scan.MayHaveCue("We walked along the canal and fed the ducks, then made soup with the kids.").ShouldBeFalse();
        Patterns.Scan.MayHaveCue("We walked along the canal. I can't do this anymore").ShouldBeTrue();
        Patterns.Scan.MayHaveCue("gonna kms").ShouldBeTrue();
        Patterns.Scan.MayHaveCue("I will WALK INTO THE WOODS").ShouldBeTrue();
    }

    /// <summary>
    /// What keeps a long ordinary post cheap (its speed is measured by the risk benchmark, not here): the raw-text scan
    /// finds no cue, so neither the normalising, the patterns nor the model ever see the post.
    /// </summary>
    [Test]
    public void Forty_kilobytes_without_cues_stop_at_the_scan()
    {
        var calm = "We walked along the canal and fed the ducks, then made soup with the kids and played cards. ";
        var text = string.Concat(Enumerable.Repeat(calm, 40_000 / calm.Length + 1))[..40_000];
        Patterns.Scan.MayHaveCue(text).ShouldBeFalse();
        new RiskDetector([], useModel: true).Assess([text]).ShouldBe(RiskBand.None);
    }
}
