namespace Forum.Web.Health;

/// <summary>
/// <c>Shutdown</c>: how a node leaves. On SIGTERM it answers /healthz/ready with 503 for DrainSeconds while still
/// serving, so a balancer that polls readiness stops sending it new visitors; then it stops listening and gives the
/// requests already in flight up to RequestSeconds to finish (the host's ShutdownTimeout is the two together).
/// Checked at start-up by <see cref="ShutdownValidation"/>.
/// </summary>
public sealed class ShutdownOptions
{
    public const string Section = "Shutdown";

    /// <summary>A balancer polling every second or two, missing two polls before it acts, notices within five.</summary>
    public int DrainSeconds { get; set; } = 5;

    public int RequestSeconds { get; set; } = 20;
}
