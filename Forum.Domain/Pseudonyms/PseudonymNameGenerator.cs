using System.Security.Cryptography;

namespace Forum.Domain.Pseudonyms;

/// <summary>
/// Makes friendly, non-judgmental names such as "Quiet Harbor 42": two words from short, curated lists and a
/// number, so that collisions are rare and no name mocks or labels the person wearing it.
/// </summary>
public static class PseudonymNameGenerator
{
    private static readonly string[] Qualities =
    [
        "Quiet", "Gentle", "Steady", "Patient", "Hopeful", "Calm", "Kind", "Brave", "Warm", "Bright",
        "Soft", "Still", "Honest", "Open", "Careful", "Curious", "Tender", "Early", "Slow", "Golden",
        "Silver", "Misty", "Sunny", "Rainy", "Northern", "Southern", "Wandering", "Resting", "Rising", "Hidden",
    ];

    private static readonly string[] Things =
    [
        "Harbor", "Fern", "River", "Meadow", "Lantern", "Willow", "Sparrow", "Pebble", "Cedar", "Heron",
        "Moss", "Tide", "Orchard", "Cloud", "Maple", "Robin", "Shore", "Garden", "Candle", "Birch",
        "Comet", "Otter", "Valley", "Kettle", "Compass", "Bridge", "Acorn", "Island", "Path", "Morning",
    ];

    public static string Next() =>
        $"{Pick(Qualities)} {Pick(Things)} {RandomNumberGenerator.GetInt32(10, 10_000)}";

    private static string Pick(string[] words) => words[RandomNumberGenerator.GetInt32(words.Length)];
}
