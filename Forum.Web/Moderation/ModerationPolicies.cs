namespace Forum.Web.Moderation;

/// <summary>
/// The names that moderator access hangs on, in one place. Put <c>[Authorize(Policy = ModerationPolicies.Moderator)]</c>
/// on anything moderators use and <c>[Authorize(Policy = ModerationPolicies.Admin)]</c> on what only admins may
/// do (managing rooms, say). Everyone else, pseudonyms included, gets a 404: the pages are not there for them.
/// </summary>
public static class ModerationPolicies
{
    /// <summary>The cookie authentication scheme moderators sign in with; pseudonyms never use it.</summary>
    public const string Scheme = "ModeratorCookie";

    public const string CookieName = "forum_mod";

    /// <summary>Moderators and admins.</summary>
    public const string Moderator = "Moderator";

    /// <summary>Admins only.</summary>
    public const string Admin = "Admin";
}
