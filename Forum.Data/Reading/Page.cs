namespace Forum.Data.Reading;

/// <summary>One keyset page: its rows, and the cursor for the next page when there is one.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);
