namespace Forum.Web.AntiAbuse;

/// <summary>
/// The rate-limit policy names, one per kind of write, each configured under RateLimits:{Name} (PermitLimit,
/// WindowSeconds). Put <c>[EnableRateLimiting(RateLimitPolicies.Replies)]</c> on the POST action it guards.
/// </summary>
public static class RateLimitPolicies
{
    public const string Threads = "Threads";
    public const string Replies = "Replies";
    public const string Reactions = "Reactions";
    public const string Reports = "Reports";
    public const string Pseudonyms = "Pseudonyms";
    public const string Recovery = "Recovery";
    public const string ModeratorSignIn = "ModeratorSignIn";

    /// <summary>
    /// Policies keyed by the client's address even when a pseudonym cookie is present: making names, trying
    /// recovery keys and moderator passwords are what someone without a (right) name does.
    /// </summary>
    public static readonly IReadOnlySet<string> ByAddressOnly = new HashSet<string>(StringComparer.Ordinal) { Pseudonyms, Recovery, ModeratorSignIn };

    public static readonly IReadOnlyList<string> All = [Threads, Replies, Reactions, Reports, Pseudonyms, Recovery, ModeratorSignIn];
}
