using System.Diagnostics;

namespace Forum.Web.Telemetry;

/// <summary>
/// A gauge's value read from the database at most once per <see cref="Interval"/>, however often it is collected
/// (a scrape every few seconds from several Prometheus servers costs one small query). A read that fails or takes
/// too long reports nothing for that collection rather than an old value as if it were new.
/// </summary>
internal sealed class CachedReading<T>(Func<CancellationToken, Task<T>> read) where T : class
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    private readonly Lock _lock = new();
    private T? _value;

    // Paced on the monotonic clock: it spaces queries and is nothing a person sees.
    private long _readAt;

    /// <summary>The value, read now if the last is older than <see cref="Interval"/>; null when it can't be read.</summary>
    public T? Current()
    {
        lock (_lock)
        {
            if (_value is not null && Stopwatch.GetElapsedTime(_readAt) < Interval) return _value;
            try
            {
                // Collection callbacks are synchronous; this runs on the exporter's or the scrape's thread, never a page's.
                using var cancellation = new CancellationTokenSource(Timeout);
                _value = Task.Run(() => read(cancellation.Token), cancellation.Token).GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is OperationCanceledException || DatabaseUnavailable.IsUnavailable(e) || e is Npgsql.NpgsqlException)
            {
                _value = null;
            }
            _readAt = Stopwatch.GetTimestamp();
            return _value;
        }
    }
}
