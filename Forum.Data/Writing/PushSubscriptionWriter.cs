using Microsoft.EntityFrameworkCore;

namespace Forum.Data.Writing;

/// <summary>
/// A name's devices to tell. Each call writes one name's rows in its own statement: subscribing two names one browser
/// holds is two requests, two transactions, never one.
/// </summary>
public sealed class PushSubscriptionWriter(ForumDbContext db)
{
    public const string TooManyDevices =
        "This name is already told on as many devices as it can be. Stop telling devices for it, then ask again on the devices you use.";

    /// <summary>
    /// Keeps the device. The same endpoint again (a browser renewing its keys, a second press, another choice of message)
    /// updates its row, for the same name only: an endpoint another name registered is left as it is, and nothing says
    /// it exists.
    /// </summary>
    /// <remarks>
    /// Counting then inserting lets presses that arrive together all count the same few rows and all insert. A
    /// transaction-scoped advisory lock on this one name makes them take turns, so each counts what the others stored
    /// (every statement in READ COMMITTED sees what committed before it began). The lock is the name's alone: it
    /// touches no row, and no other name waits on it.
    /// </remarks>
    /// <exception cref="DomainRuleException">The name already has as many devices as it may.</exception>
    public async Task SubscribeAsync(PushSubscription subscription, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"SELECT pg_advisory_xact_lock(hashtextextended({DevicesLockPrefix + subscription.PseudonymId.ToString("N")}, 0))", cancellationToken);
        var existing = await db.PushSubscriptions.CountAsync(s => s.PseudonymId == subscription.PseudonymId && s.Endpoint != subscription.Endpoint, cancellationToken);
        if (existing >= PushSubscription.MaxPerName) throw new DomainRuleException(TooManyDevices);
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO push_subscriptions (id, pseudonym_id, kind, endpoint, p256dh, auth)
            VALUES ({subscription.Id}, {subscription.PseudonymId}, {subscription.Kind}, {subscription.Endpoint}, {subscription.P256dh}, {subscription.Auth})
            ON CONFLICT (endpoint) DO UPDATE SET p256dh = excluded.p256dh, auth = excluded.auth, kind = excluded.kind
            WHERE push_subscriptions.pseudonym_id = excluded.pseudonym_id
            """, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Keeps this lock's keys apart from any other advisory lock that hashes a name's id.</summary>
    private const string DevicesLockPrefix = "push-devices:";

    /// <summary>One device of the name when its endpoint is given (the script knows it), else every device it has.</summary>
    public Task<int> UnsubscribeAsync(Guid pseudonymId, string? endpoint, CancellationToken cancellationToken) =>
        db.PushSubscriptions.Where(s => s.PseudonymId == pseudonymId && (endpoint == null || s.Endpoint == endpoint))
            .ExecuteDeleteAsync(cancellationToken);

    /// <summary>The push service said the endpoint is gone: the browser unsubscribed, or the subscription expired.</summary>
    public Task<int> ForgetAsync(Guid subscriptionId, CancellationToken cancellationToken) =>
        db.PushSubscriptions.Where(s => s.Id == subscriptionId).ExecuteDeleteAsync(cancellationToken);

    public Task<int> CountAsync(Guid pseudonymId, CancellationToken cancellationToken) =>
        db.PushSubscriptions.CountAsync(s => s.PseudonymId == pseudonymId, cancellationToken);
}
