namespace Forum.Domain.Pseudonyms;

/// <summary>
/// One device that one name asked to be told on when something new waits for it (docs/PRIVACY-AND-SAFETY.md). It
/// holds what the push service needs and nothing else: the endpoint the browser gave, and the keys that encrypt the
/// message for that browser alone. The id is random, and no time is kept, so two names' rows share nothing but
/// <see cref="Kind"/>, the message the name chose from <see cref="Kinds"/>.
/// </summary>
public sealed class PushSubscription
{
    /// <summary>The usual message: "something new is waiting for you", with no words, name or topic.</summary>
    public const string SomethingNew = "something-new";

    /// <summary>What a name may choose instead: "someone replied to you", still with no words, name or topic.</summary>
    public const string SomeoneReplied = "someone-replied";

    /// <summary>
    /// Every message there is, the usual one first. What is sent is one of these, and only that: a fixed word from a
    /// short list says nothing of the reply, and the device's worker turns it into a sentence in the reader's language.
    /// </summary>
    public static readonly IReadOnlyList<string> Kinds = [SomethingNew, SomeoneReplied];

    public const string UnknownKind = "Please choose one of the messages the notification can say.";

    public const int EndpointMaxLength = 1000;

    /// <summary>A name kept on a phone, a laptop and a tablet is told on each; more than this is not a person's devices.</summary>
    public const int MaxPerName = 5;

    private const int PublicKeyBytes = 65;
    private const int AuthBytes = 16;

    public const string Unreachable =
        "This browser didn't give a way to reach it. Notifications need JavaScript, and a browser that can show them.";

    private PushSubscription() { }

    public Guid Id { get; private set; }
    public Guid PseudonymId { get; private set; }
    public string Kind { get; private set; } = SomethingNew;
    public string Endpoint { get; private set; } = "";

    /// <summary>The browser's P-256 public key (base64url, uncompressed point), which the message is encrypted to.</summary>
    public string P256dh { get; private set; } = "";

    /// <summary>The browser's authentication secret (base64url, 16 bytes).</summary>
    public string Auth { get; private set; } = "";

    /// <param name="localEndpointsAllowed">
    /// Off in production: the forum only ever posts to an https push service with a name, never to an address on its
    /// own machine or network that a crafted form could point it at. On for the tests' push service on loopback.
    /// </param>
    /// <param name="kind">One of <see cref="Kinds"/>; none (a page from before there was a choice) is the usual one.</param>
    /// <exception cref="DomainRuleException">The browser's answer is not a push subscription this forum can use, or the message is not one there is.</exception>
    public static PushSubscription For(Guid pseudonymId, string? endpoint, string? p256dh, string? auth, bool localEndpointsAllowed,
        string? kind = null)
    {
        kind ??= SomethingNew;
        if (!Kinds.Contains(kind)) throw new DomainRuleException(UnknownKind);
        if (string.IsNullOrWhiteSpace(endpoint) || string.IsNullOrWhiteSpace(p256dh) || string.IsNullOrWhiteSpace(auth))
            throw new DomainRuleException(Unreachable);
        if (!IsReachable(endpoint, localEndpointsAllowed) || !HasLength(p256dh, PublicKeyBytes, first: 0x04) || !HasLength(auth, AuthBytes))
            throw new DomainRuleException(Unreachable);
        // Random, not time-ordered: ids made one after another would sort two names' rows side by side.
        return new PushSubscription { Id = Guid.NewGuid(), PseudonymId = pseudonymId, Kind = kind, Endpoint = endpoint, P256dh = p256dh, Auth = auth };
    }

    private static bool IsReachable(string endpoint, bool localAllowed)
    {
        if (endpoint.Length > EndpointMaxLength || !Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.UserInfo != "") return false;
        if (localAllowed) return uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp;
        return uri.Scheme == Uri.UriSchemeHttps && uri.HostNameType == UriHostNameType.Dns && !uri.IsLoopback
               && uri.Host.Contains('.') && !uri.Host.EndsWith(".local", StringComparison.OrdinalIgnoreCase)
               && !uri.Host.EndsWith(".internal", StringComparison.OrdinalIgnoreCase);
    }

    private static bool HasLength(string text, int bytes, byte? first = null)
    {
        try
        {
            var decoded = Base64Url.Decode(text);
            return decoded.Length == bytes && (first is null || decoded[0] == first);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
