namespace Forum.Tools.Sample;

/// <summary>
/// The writers stamp posts with their clock's "now". Handing them this clock, set to each sample post's moment in
/// turn, spreads the samples over past weeks while the counters, rendering and search vectors still come from the
/// same code paths as real posts (no timestamps patched afterwards).
/// </summary>
internal sealed class BackdatedClock : TimeProvider
{
    public DateTimeOffset Now { get; set; }

    public override DateTimeOffset GetUtcNow() => Now;
}
