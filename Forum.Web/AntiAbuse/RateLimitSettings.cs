namespace Forum.Web.AntiAbuse;

/// <summary>The RateLimits section of the configuration. Enabled=false switches every limit off (load tests, benchmarks).</summary>
public sealed class RateLimitSettings
{
    public const string Section = "RateLimits";

    public bool Enabled { get; set; } = true;

    // A connection may be shared (a library, a shelter, a phone network), so an address gets twice one name's budget.
    public RateLimitWindow Stories { get; set; } = new(5, 600, addressPermitLimit: 10);
    public RateLimitWindow Replies { get; set; } = new(20, 600, addressPermitLimit: 40);
    public RateLimitWindow Reactions { get; set; } = new(60, 60, addressPermitLimit: 120);
    public RateLimitWindow Reports { get; set; } = new(10, 600, addressPermitLimit: 20);
    /// <summary>Check-ins and milestone changes: a few a day is what anyone needs, so a burst is plainly not a person.</summary>
    public RateLimitWindow Progress { get; set; } = new(20, 600, addressPermitLimit: 40);
    /// <summary>New names per address, however they are made: asked for, or minted for a first post, reaction or check-in.</summary>
    public RateLimitWindow Pseudonyms { get; set; } = new(10, 3600);
    public RateLimitWindow Recovery { get; set; } = new(5, 900);
    public RateLimitWindow ModeratorSignIn { get; set; } = new(10, 900);

    public RateLimitWindow For(string policy) => policy switch
    {
        RateLimitPolicies.Stories => Stories,
        RateLimitPolicies.Replies => Replies,
        RateLimitPolicies.Reactions => Reactions,
        RateLimitPolicies.Reports => Reports,
        RateLimitPolicies.Progress => Progress,
        RateLimitPolicies.Pseudonyms => Pseudonyms,
        RateLimitPolicies.Recovery => Recovery,
        RateLimitPolicies.ModeratorSignIn => ModeratorSignIn,
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, null),
    };
}

/// <summary>
/// At most PermitLimit requests per WindowSeconds, per pseudonym or per client address. Posting budgets charge
/// both: the pseudonym's PermitLimit and the address's AddressPermitLimit (PermitLimit when not set).
/// </summary>
public sealed class RateLimitWindow
{
    public RateLimitWindow() { }

    public RateLimitWindow(int permitLimit, int windowSeconds, int? addressPermitLimit = null) =>
        (PermitLimit, WindowSeconds, AddressPermitLimit) = (permitLimit, windowSeconds, addressPermitLimit);

    public int PermitLimit { get; set; }
    public int WindowSeconds { get; set; }
    public int? AddressPermitLimit { get; set; }

    public TimeSpan Window => TimeSpan.FromSeconds(WindowSeconds);
    public int PerAddress => AddressPermitLimit ?? PermitLimit;
}
