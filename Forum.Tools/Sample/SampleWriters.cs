namespace Forum.Tools.Sample;

/// <summary>The names the sample posts are written under: plainly not people, and reserved so no person can take one.</summary>
internal static class SampleWriters
{
    public const int Count = 14;

    public static string Name(int number) => $"Sample writer {number}";

    public static IEnumerable<string> Names => Enumerable.Range(1, Count).Select(Name);

    /// <summary>
    /// The writers who find a post familiar, stepping round the circle by 5: as 5 and 14 share no factor, the first
    /// 13 steps reach every other writer once and never the post's own writer. Deterministic, so every run agrees.
    /// </summary>
    public static IEnumerable<int> FamiliarFrom(int writer, int count) =>
        Enumerable.Range(1, Math.Min(count, Count - 1)).Select(step => (writer - 1 + step * 5) % Count + 1);
}
