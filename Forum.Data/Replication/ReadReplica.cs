using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace Forum.Data.Replication;

/// <summary>
/// Where the readers in Reading/ may go instead of the primary: a streaming standby, found through Npgsql's
/// multi-host connection string with "prefer-standby", so that a standby that is down or promoted simply sends
/// reads back to the primary. One per process; <see cref="IsConfigured"/> is false on a single host. It owns no
/// connections: the prefer-standby source shares the multi-host source's pools, which its owner closes.
/// </summary>
public sealed class ReadReplica
{
    private readonly NpgsqlDataSource _primary;
    private readonly NpgsqlDataSource? _reads;
    private readonly PooledDbContextFactory<ForumDbContext>? _contexts;

    /// <param name="primary">The writes' data source; a multi-host one gives reads a standby to go to.</param>
    public ReadReplica(NpgsqlDataSource primary, bool readFromStandby, ILoggerFactory loggerFactory)
    {
        _primary = primary;
        if (!readFromStandby || primary is not NpgsqlMultiHostDataSource multiHost) return;
        _reads = multiHost.WithTargetSession(TargetSessionAttributes.PreferStandby);
        _contexts = new PooledDbContextFactory<ForumDbContext>(
            new DbContextOptionsBuilder<ForumDbContext>().UseNpgsql(_reads).UseLoggerFactory(loggerFactory).Options);
    }

    public bool IsConfigured => _reads is not null;

    private volatile bool _tooFarBehind;

    /// <summary>
    /// The standby has fallen further behind than the node allows (Forum.Web's StandbyLagWatch decides): every read
    /// goes to the primary until it catches up, so nobody reads a page minutes old.
    /// </summary>
    public bool IsTooFarBehind => _tooFarBehind;

    public void StandbyIsTooFarBehind(bool tooFar) => _tooFarBehind = tooFar;

    /// <summary>A context on the standby, returned to its pool when disposed.</summary>
    internal ForumDbContext CreateContext() =>
        (_contexts ?? throw new InvalidOperationException("No standby is configured.")).CreateDbContext();

    /// <summary>
    /// How far the primary's WAL has been inserted: at or past the commit of every transaction that has returned.
    /// A standby that has replayed this far shows everything written before the call.
    /// </summary>
    public async Task<NpgsqlLogSequenceNumber> PrimaryPositionAsync(CancellationToken cancellationToken)
    {
        await using var command = _primary.CreateCommand("SELECT pg_current_wal_insert_lsn()");
        return (NpgsqlLogSequenceNumber)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>
    /// Whether the server reads go to shows everything up to <paramref name="position"/>. When reads have fallen
    /// back to the primary (no standby answers), it does.
    /// </summary>
    public async Task<bool> HasReplayedAsync(NpgsqlLogSequenceNumber position, CancellationToken cancellationToken)
    {
        if (_reads is null) return true;
        await using var command = _reads.CreateCommand("SELECT NOT pg_is_in_recovery() OR pg_last_wal_replay_lsn() >= $1");
        command.Parameters.Add(new NpgsqlParameter { Value = position, NpgsqlDbType = NpgsqlDbType.PgLsn });
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
