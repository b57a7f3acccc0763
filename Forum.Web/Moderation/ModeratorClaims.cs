using System.Security.Claims;

namespace Forum.Web.Moderation;

/// <summary>What the moderator cookie carries: the account's id, name, role and security stamp, nothing else.</summary>
public static class ModeratorClaims
{
    public static ClaimsPrincipal For(Moderator moderator) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, moderator.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new Claim(ClaimTypes.Name, moderator.Name),
        new Claim(ClaimTypes.Role, ModeratorRoleText.Codes.Of(moderator.Role)),
        new Claim(ModeratorSessions.StampClaim, moderator.SecurityStamp.ToString("N")),
    ], ModerationPolicies.Scheme));

    /// <summary>The signed-in moderator's account id; only call it behind a moderation policy.</summary>
    public static int ModeratorId(this ClaimsPrincipal user) =>
        int.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No moderator is signed in."),
            System.Globalization.CultureInfo.InvariantCulture);

    public static bool IsModerator(this ClaimsPrincipal user) =>
        user.Identity?.AuthenticationType == ModerationPolicies.Scheme
        && (user.IsInRole(ModeratorRoleText.Moderator) || user.IsInRole(ModeratorRoleText.Admin));

    public static bool IsAdmin(this ClaimsPrincipal user) =>
        user.Identity?.AuthenticationType == ModerationPolicies.Scheme && user.IsInRole(ModeratorRoleText.Admin);
}
