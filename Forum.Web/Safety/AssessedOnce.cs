using Forum.Domain.Safety.Risk;

namespace Forum.Web.Safety;

/// <summary>
/// The detector as one request sees it: the composer's pause and the writer that stores the post read the same
/// words, so the second asks the first's answer instead of running the model again. Lives for one request and
/// keeps the answer only in memory; the words are compared, never kept beyond it.
/// </summary>
public sealed class AssessedOnce([FromKeyedServices(AssessedOnce.EngineKey)] IRiskDetector engine) : IRiskDetector
{
    /// <summary>The detector that does the reading, registered under this key; everything else asks for IRiskDetector.</summary>
    public const string EngineKey = "risk-engine";

    private IReadOnlyList<string>? _texts;
    private RiskBand _band;

    public RiskBand Assess(IReadOnlyList<string> texts)
    {
        if (_texts is not null && _texts.SequenceEqual(texts, StringComparer.Ordinal)) return _band;
        _band = engine.Assess(texts);
        _texts = [.. texts];
        return _band;
    }
}
