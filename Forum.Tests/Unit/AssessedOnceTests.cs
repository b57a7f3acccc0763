using Forum.Domain.Safety.Risk;
using Forum.Web.Safety;
using Microsoft.Extensions.Time.Testing;

namespace Forum.Tests.Unit;

/// <summary>
/// The same words are read by the detector once within a few minutes (a preview, the pause, the post): the
/// costliest step of posting is not repeated, and other words, or the same words later, are read afresh.
/// </summary>
public sealed class AssessedOnceTests
{
    private sealed class CountingEngine : IRiskDetector
    {
        public int Reads { get; private set; }

        public RiskBand Assess(IReadOnlyList<string> texts)
        {
            Reads++;
            return texts.Any(t => t.Contains("goodbye", StringComparison.Ordinal)) ? RiskBand.Likely : RiskBand.None;
        }
    }

    private CountingEngine _engine = null!;
    private FakeTimeProvider _clock = null!;

    [SetUp]
    public void Fresh()
    {
        _engine = new CountingEngine();
        _clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-07T12:00:00Z"));
    }

    private AssessedOnce Detector() => new(_engine, _clock);

    [Test]
    public void The_same_words_are_read_once_and_answered_the_same()
    {
        var detector = Detector();

        detector.Assess(["A title", "I wanted to say goodbye properly."]).ShouldBe(RiskBand.Likely);
        detector.Assess(["A title", "I wanted to say goodbye properly."]).ShouldBe(RiskBand.Likely);

        _engine.Reads.ShouldBe(1);
    }

    [Test]
    public void Other_words_are_read_afresh()
    {
        var detector = Detector();

        detector.Assess(["I wanted to say goodbye properly."]).ShouldBe(RiskBand.Likely);
        detector.Assess(["I wanted to say hello properly."]).ShouldBe(RiskBand.None);

        _engine.Reads.ShouldBe(2);
    }

    [Test]
    public void Fields_split_differently_are_different_words()
    {
        var detector = Detector();

        detector.Assess(["good", "bye"]).ShouldBe(RiskBand.None);
        detector.Assess(["goodbye", ""]).ShouldBe(RiskBand.Likely, "the same characters in other fields are not the same post");

        _engine.Reads.ShouldBe(2);
    }

    [Test]
    public void The_same_words_later_are_read_again()
    {
        var detector = Detector();
        detector.Assess(["Some quiet days."]);

        _clock.Advance(AssessedOnce.KeptFor);
        detector.Assess(["Some quiet days."]);

        _engine.Reads.ShouldBe(2);
    }

    [Test]
    public void Two_nodes_or_two_starts_share_nothing()
    {
        // Each holds its own key: what one kept says nothing to another, and a restart keeps nothing.
        Detector().Assess(["Some quiet days."]);
        Detector().Assess(["Some quiet days."]);

        _engine.Reads.ShouldBe(2);
    }

    [Test]
    public void A_burst_of_new_words_never_holds_more_than_the_bound()
    {
        var detector = Detector();
        for (var i = 0; i <= AssessedOnce.MostKept; i++) detector.Assess([$"post {i}"]);

        detector.Assess(["post 0"]);

        _engine.Reads.ShouldBe(AssessedOnce.MostKept + 2, "the full table started again empty, so the first words were read again");
    }
}
