namespace Forum.Tools.Sample;

/// <summary>
/// The sample stories, one file per room. They are written the way people write here: first person, plain and
/// unpolished, from their own experience, never graphic and never presented as medical advice.
/// </summary>
internal static partial class SampleStories
{
    public static IReadOnlyList<SampleStory> All { get; } =
        [.. Anxiety(), .. Depression(), .. Recovery(), .. Grief(), .. Relationships(), .. Loneliness(), .. General()];

    private static ContentWarningSet Warn(params ContentWarning[] warnings) => ContentWarningSet.Of(warnings);

    // A property, not a field: All is initialised first, while a field declared below it would still be null.
    private static ContentWarningSet NoWarning => ContentWarningSet.None;

    private static SampleReply Reply(int writer, double hoursAfter, string body, int familiar = 0) => new(writer, hoursAfter, body, familiar);
}
