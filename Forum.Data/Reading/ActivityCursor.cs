using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Forum.Data.Reading;

/// <summary>
/// Where a page of threads ends, as (last activity, id): the next page starts strictly after it. Written into
/// links as "microseconds-id"; PostgreSQL keeps microseconds, so the value round-trips exactly.
/// </summary>
public readonly record struct ActivityCursor(DateTimeOffset LastActivityAt, long Id)
{
    /// <summary>After no story at all: a first page, for a query that always compares with a cursor.</summary>
    public static ActivityCursor BeforeAll { get; } = new(new DateTimeOffset(9999, 12, 31, 0, 0, 0, TimeSpan.Zero), long.MaxValue);

    public override string ToString() =>
        $"{(LastActivityAt.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10}-{Id}";

    public static bool TryParse(string? text, [NotNullWhen(true)] out ActivityCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(text) || text.Length > 40) return false;
        var dash = text.IndexOf('-');
        if (dash <= 0
            || !long.TryParse(text.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var micros)
            || !long.TryParse(text.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || micros > (DateTimeOffset.MaxValue.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10)
            return false;
        cursor = new ActivityCursor(DateTimeOffset.UnixEpoch.AddTicks(micros * 10), id);
        return true;
    }
}
