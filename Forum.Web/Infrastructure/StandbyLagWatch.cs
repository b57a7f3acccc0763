using Forum.Data.Replication;
using Npgsql;
using NpgsqlTypes;

namespace Forum.Web.Infrastructure;

/// <summary>
/// How long the standby has been behind, in time rather than bytes: once a second the primary's WAL position is
/// noted beside the time; the standby is as far behind as the oldest noted position it has not replayed yet.
/// Unlike the standby's own "now minus the last replayed commit", a quiet forum does not look behind. Past the limit
/// (Database:StandbyLagLimitSeconds, 10 by default) every read goes to the primary and /healthz says degraded.
/// </summary>
internal sealed class StandbyLagWatch(HealthDataSource health, ReadReplica replica, StandbyLagLimit limit, TimeProvider clock)
    : BackgroundService
{
    // A standby that never catches up must not grow this without end; the oldest position is the one that matters.
    private const int MostPositionsKept = 600;

    private readonly Queue<(DateTimeOffset At, NpgsqlLogSequenceNumber Position)> _unreplayed = new();
    private long _lagTicks;

    /// <summary>How far behind the standby was at the last look; zero when it had replayed everything noted.</summary>
    public TimeSpan Lag => TimeSpan.FromTicks(Interlocked.Read(ref _lagTicks));

    public bool IsTooFarBehind => Lag > limit.Limit;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (health is not { Standby: { } standby, Primary: { } primary }) return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), clock);
        do
        {
            try
            {
                Look(clock.GetUtcNow(), await PositionAsync(primary, "SELECT pg_current_wal_lsn()", stoppingToken),
                    await PositionAsync(standby, "SELECT pg_last_wal_replay_lsn()", stoppingToken));
            }
            catch (Exception e) when (e is not OperationCanceledException && (DatabaseUnavailable.IsUnavailable(e) || e is NpgsqlException))
            {
                // No standby (or no primary) answers: reads already fall back to the primary by the connection string.
                _unreplayed.Clear();
                Interlocked.Exchange(ref _lagTicks, 0);
                replica.StandbyIsTooFarBehind(false);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private void Look(DateTimeOffset now, NpgsqlLogSequenceNumber primaryPosition, NpgsqlLogSequenceNumber replayed)
    {
        if (_unreplayed.Count < MostPositionsKept) _unreplayed.Enqueue((now, primaryPosition));
        while (_unreplayed.TryPeek(out var oldest) && oldest.Position <= replayed) _unreplayed.Dequeue();
        var lag = _unreplayed.TryPeek(out var behind) ? now - behind.At : TimeSpan.Zero;
        Interlocked.Exchange(ref _lagTicks, lag.Ticks);
        replica.StandbyIsTooFarBehind(lag > limit.Limit);
    }

    private static async Task<NpgsqlLogSequenceNumber> PositionAsync(NpgsqlDataSource source, string sql, CancellationToken cancellationToken)
    {
        await using var command = source.CreateCommand(sql);
        return (NpgsqlLogSequenceNumber)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}

/// <summary>How far behind the standby may fall before reads leave it (Database:StandbyLagLimitSeconds).</summary>
internal sealed record StandbyLagLimit(TimeSpan Limit)
{
    public const string Setting = "Database:StandbyLagLimitSeconds";
    public const int DefaultSeconds = 10;
}
