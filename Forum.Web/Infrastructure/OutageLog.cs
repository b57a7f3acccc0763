namespace Forum.Web.Infrastructure;

/// <summary>
/// While the database is away every request meets the same fault; one line per interval says so, with a count of the
/// requests since the last line, instead of a stack trace per request that buries everything else in the log.
/// Only the fault's kind and the count are written: never the request, its words or who sent it.
/// </summary>
internal sealed class OutageLog(TimeProvider clock, ILogger<OutageLog> logger)
{
    /// <summary>How often a continuing outage is logged again.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    private readonly Lock _gate = new();
    private DateTimeOffset? _lastLine;
    private int _unlogged;

    public void Refused(Exception exception)
    {
        int more;
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            if (_lastLine is { } last && now - last < Interval)
            {
                _unlogged++;
                return;
            }
            _lastLine = now;
            more = _unlogged;
            _unlogged = 0;
        }
        logger.DatabaseAway(Innermost(exception).GetType().Name, more);
    }

    private static Exception Innermost(Exception exception)
    {
        var e = exception;
        while (e.InnerException is { } inner) e = inner;
        return e;
    }
}
