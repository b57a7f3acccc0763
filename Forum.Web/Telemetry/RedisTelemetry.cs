using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Forum.Web.Telemetry;

/// <summary>
/// Spans and a duration for each call to Redis, made where every call passes (<see cref="Redis.RedisBreaker"/>).
/// Static, as a library's are: the breaker is made outside the container too. Nothing about the call is recorded
/// but how it ended: its keys name budgets after pseudonyms and hashed addresses.
/// </summary>
internal static class RedisTelemetry
{
    public const string Name = "Forum.Redis";

    public const string OutcomeTag = "forum.redis.outcome";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "forum.redis.call.duration", "s", "Calls to Redis through the breaker, by outcome: answered, failed, or skipped while Redis is left alone.");

    public static Activity? Start() => Source.StartActivity("redis", ActivityKind.Client);

    public static void Skipped() => Duration.Record(0, new KeyValuePair<string, object?>(OutcomeTag, "skipped"));

    public static void Ended(Activity? activity, long startedAt, bool answered)
    {
        var outcome = answered ? "answered" : "failed";
        Duration.Record(Stopwatch.GetElapsedTime(startedAt).TotalSeconds, new KeyValuePair<string, object?>(OutcomeTag, outcome));
        if (activity is null) return;
        activity.SetTag(OutcomeTag, outcome);
        if (!answered) activity.SetStatus(ActivityStatusCode.Error);
        activity.Dispose();
    }
}
