namespace Forum.Web.AntiAbuse;

/// <summary>
/// The rate-limit names, one per kind of write, each configured under RateLimits:{Name} (PermitLimit,
/// WindowSeconds, and for posting AddressPermitLimit). Two kinds:
/// <list type="bullet">
/// <item>Budgets charged by the write itself (<see cref="PostingBudget"/>), so that only what is written spends:
/// stories, replies, reactions and progress changes (to the pseudonym and the address together), and new names (to the address).</item>
/// <item>Limits on a whole endpoint (<see cref="Endpoints"/>): put <c>[EnableRateLimiting(RateLimitPolicies.Reports)]</c>
/// on the POST action it guards.</item>
/// </list>
/// </summary>
public static class RateLimitPolicies
{
    public const string Stories = "Stories";
    public const string Replies = "Replies";
    public const string Reactions = "Reactions";
    public const string Reports = "Reports";
    /// <summary>Check-ins and milestone changes on /me/progress.</summary>
    public const string Progress = "Progress";
    /// <summary>New names, however they are made.</summary>
    public const string Pseudonyms = "Pseudonyms";
    public const string Recovery = "Recovery";
    /// <summary>Wrong moderator passwords per address: charged by the sign-in itself, never refusing a right password.</summary>
    public const string ModeratorSignIn = "ModeratorSignIn";

    /// <summary>
    /// Policies keyed by the client's address even when a pseudonym cookie is present: trying recovery keys and
    /// moderator passwords are what someone without a (right) name does.
    /// </summary>
    public static readonly IReadOnlySet<string> ByAddressOnly = new HashSet<string>(StringComparer.Ordinal) { Recovery, ModeratorSignIn };

    /// <summary>The policies the framework's limiter applies to whole endpoints.</summary>
    public static readonly IReadOnlyList<string> Endpoints = [Reports, Recovery];
}
