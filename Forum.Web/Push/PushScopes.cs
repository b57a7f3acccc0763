using System.Buffers.Text;
using System.Security.Cryptography;

namespace Forum.Web.Push;

/// <summary>
/// Each name's own service-worker scope, /push/{scope}/. A browser gives each registration its own push
/// subscription, so two names kept in one browser reach it through two endpoints, and the push service, like the
/// forum, sees two devices that have nothing to do with each other. The scope is a keyed hash of the name's id: the
/// same for the name on every visit (so /me finds its registration again), and unreadable to anyone without the key.
/// </summary>
internal static class PushScopes
{
    /// <summary>As a route constraint: 22 base64url letters, with the route template's brackets and braces doubled.</summary>
    public const string Pattern = "^[[A-Za-z0-9_-]]{{22}}$";

    public static string For(Guid pseudonymId, byte[] scopeKey) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(scopeKey, pseudonymId.ToByteArray())[..16]);
}
