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
    /// Keeps the device. The same endpoint again (a browser renewing its keys, a second press) updates its row, for the
    /// same name only: an endpoint another name registered is left as it is, and nothing says it exists.
    /// </summary>
    /// <exception cref="DomainRuleException">The name already has as many devices as it may.</exception>
    public async Task SubscribeAsync(PushSubscription subscription, CancellationToken cancellationToken)
    {
        var existing = await db.PushSubscriptions.CountAsync(s => s.PseudonymId == subscription.PseudonymId && s.Endpoint != subscription.Endpoint, cancellationToken);
        if (existing >= PushSubscription.MaxPerName) throw new DomainRuleException(TooManyDevices);
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO push_subscriptions (id, pseudonym_id, kind, endpoint, p256dh, auth)
            VALUES ({subscription.Id}, {subscription.PseudonymId}, {subscription.Kind}, {subscription.Endpoint}, {subscription.P256dh}, {subscription.Auth})
            ON CONFLICT (endpoint) DO UPDATE SET p256dh = excluded.p256dh, auth = excluded.auth
            WHERE push_subscriptions.pseudonym_id = excluded.pseudonym_id
            """, cancellationToken);
    }

    /// <summary>
    /// The message the device is told with, as the name chose it when it pressed again: a row kept already (the same
    /// endpoint, the same name) keeps its keys from <see cref="SubscribeAsync"/> and takes the new choice here.
    /// </summary>
    public Task<int> ChooseMessageAsync(PushSubscription subscription, CancellationToken cancellationToken) =>
        db.PushSubscriptions.Where(s => s.Endpoint == subscription.Endpoint && s.PseudonymId == subscription.PseudonymId && s.Kind != subscription.Kind)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.Kind, subscription.Kind), cancellationToken);

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
