using System.Diagnostics.Metrics;

namespace Forum.Web.Telemetry;

/// <summary>
/// The forum's own measures, in the meter "Forum" (docs/TELEMETRY.md lists them). Counts and times only: no
/// instrument carries a name, a pseudonym, a post, a room or an address, and a crisis pause is one more in a count,
/// nothing else. The queue and standby gauges read the database at most every 15 seconds (<see cref="CachedReading{T}"/>).
/// </summary>
public sealed class ForumMeters
{
    public const string Name = "Forum";

    private const string BudgetTag = "forum.budget";

    private readonly Counter<long> _stories;
    private readonly Counter<long> _replies;
    private readonly Counter<long> _crisisPauses;
    private readonly Counter<long> _budgetRefusals;
    private readonly Counter<long> _keptPageHits;
    private readonly Counter<long> _keptPageMisses;

    internal ForumMeters(IMeterFactory meters, IServiceScopeFactory scopes, TimeProvider clock, HealthDataSource health)
    {
        var meter = meters.Create(Name);
        _stories = meter.CreateCounter<long>("forum.stories.written", "{story}", "Stories published.");
        _replies = meter.CreateCounter<long>("forum.replies.written", "{reply}", "Replies published.");
        _crisisPauses = meter.CreateCounter<long>("forum.crisis_pauses.shown", "{pause}", "Times the crisis pause was shown before posting.");
        _budgetRefusals = meter.CreateCounter<long>("forum.budget.refusals", "{refusal}",
            "Requests refused because a budget was spent, by budget (Stories, Replies, Reports, Search, ...).");
        _keptPageHits = meter.CreateCounter<long>("forum.kept_pages.hits", "{page}", "Shared pages answered from the page cache.");
        _keptPageMisses = meter.CreateCounter<long>("forum.kept_pages.misses", "{page}", "Shared pages the page cache did not hold, made afresh.");

        var queue = new CachedReading<QueueSummary>(async cancellationToken =>
        {
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ModerationReader>().SummaryAsync(cancellationToken);
        });
        meter.CreateObservableGauge("forum.moderation.queue.length", () => QueueLength(queue.Current()), "{post}",
            "Posts in the moderators' queue, by section: at_risk (not yet seen), reported, held.");
        meter.CreateObservableGauge("forum.moderation.oldest_at_risk.wait", () => OldestWait(queue.Current(), clock), "s",
            "How long the longest-waiting post that may mean someone is at risk has waited for a moderator.");

        if (health is { Standby: { } standby, Primary: { } primary })
        {
            var lag = new CachedReading<Tuple<long, double?>>(async cancellationToken =>
            {
                var (bytes, seconds) = await StandbyHealthCheck.MeasureAsync(standby, primary, cancellationToken);
                return Tuple.Create(bytes, seconds);
            });
            meter.CreateObservableGauge("forum.standby.lag", () => lag.Current() is { } read ? [new Measurement<long>(read.Item1)] : Array.Empty<Measurement<long>>(),
                "By", "WAL the standby has not replayed yet.");
            meter.CreateObservableGauge("forum.standby.replay_lag", () => lag.Current() is { Item2: { } seconds } ? [new Measurement<double>(seconds)] : Array.Empty<Measurement<double>>(),
                "s", "The primary's measure of the standby's replay lag, where the forum's role may read pg_stat_replication.");
        }
    }

    public void StoryWritten() => _stories.Add(1);

    public void ReplyWritten() => _replies.Add(1);

    /// <summary>One more pause shown: no room, no band, no words, no time finer than the export's.</summary>
    public void CrisisPauseShown() => _crisisPauses.Add(1);

    /// <param name="budget">The budget's name (<see cref="RateLimitPolicies"/>), never whose budget it was.</param>
    public void BudgetRefused(string budget) => _budgetRefusals.Add(1, new KeyValuePair<string, object?>(BudgetTag, budget));

    public void KeptPageHit() => _keptPageHits.Add(1);

    public void KeptPageMissed() => _keptPageMisses.Add(1);

    private static IEnumerable<Measurement<int>> QueueLength(QueueSummary? summary) => summary is null
        ? []
        :
        [
            new(summary.AtRisk, new KeyValuePair<string, object?>("forum.queue.section", "at_risk")),
            new(summary.Reported, new KeyValuePair<string, object?>("forum.queue.section", "reported")),
            new(summary.Held, new KeyValuePair<string, object?>("forum.queue.section", "held")),
        ];

    private static IEnumerable<Measurement<double>> OldestWait(QueueSummary? summary, TimeProvider clock) =>
        summary is null ? [] : [new(summary.OldestAtRisk is { } oldest ? Math.Max(0, (clock.GetUtcNow() - oldest).TotalSeconds) : 0)];
}
