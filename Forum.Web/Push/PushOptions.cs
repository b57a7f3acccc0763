namespace Forum.Web.Push;

/// <summary>Discreet notifications (docs/PRIVACY-AND-SAFETY.md), checked when the app starts.</summary>
public sealed class PushOptions
{
    public const string Section = "Push";

    /// <summary>Off: /me offers no notifications and nothing is sent; subscriptions already kept stay until turned on again.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Lets a browser name a push service on loopback or over plain http. Only for the tests' own push service: in
    /// production a crafted form could otherwise make the forum post to an address on its own network.
    /// </summary>
    public bool LocalEndpointsAllowed { get; set; }
}
