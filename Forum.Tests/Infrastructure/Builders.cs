using Forum.Domain.Rooms;
using Forum.Domain.Safety.Risk;
using Forum.Domain.Stories;

namespace Forum.Tests.Infrastructure;

/// <summary>Small builders for domain tests: real objects, no mocks.</summary>
public static class Builders
{
    public static readonly DateTimeOffset Now = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    public static Room Room(string slug = "anxiety") => new(slug, "Anxiety", "Worry and panic.", 10);

    public static Pseudonym Pseudonym(string name = "Quiet Fern 12") => Forum.Domain.Pseudonyms.Pseudonym.Create(name, PseudonymSecret.New(), Now);

    public static PostBody Body(string text = "It has been a hard week.") => new MarkdownPostRenderer().Render(text);

    public static Story Story(string title = "Three days sober") => Forum.Domain.Stories.Story.Start(Room(), Pseudonym(), title, Body(), Now);

    /// <summary>A risk detector that never finds anything, for tests about other things.</summary>
    public static readonly IRiskDetector NoRisk = new FixedRisk(RiskBand.None);

    public sealed class FixedRisk(RiskBand band) : IRiskDetector
    {
        public RiskBand Assess(IReadOnlyList<string> texts) => band;
    }
}
