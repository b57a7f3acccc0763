namespace Forum.Data.Replication;

/// <summary>
/// The DbContext the readers in Reading/ work through for one request: the standby's when one is configured and
/// the request's <see cref="ReadRoute"/> allows it and the standby is not too far behind, otherwise the request's own (primary) context.
/// </summary>
public sealed class ReadContext(ForumDbContext primary, ReadReplica replica, ReadRoute route) : IDisposable
{
    private ForumDbContext? _standby;

    public ForumDbContext Db => !replica.IsConfigured || route.FromPrimary || replica.IsTooFarBehind ? primary : _standby ??= replica.CreateContext();

    public void Dispose() => _standby?.Dispose();
}
