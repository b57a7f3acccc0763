namespace Forum.Web.AntiAbuse;

/// <summary>
/// Checked once at start-up (ValidateOnStart): a budget of no posts, or a window of no seconds, would refuse every
/// request that spends it, which the limiter only finds out when someone tries to post.
/// </summary>
internal sealed class RateLimitValidation : IValidateOptions<RateLimitSettings>
{
    private static readonly string[] Budgets =
    [
        RateLimitPolicies.Stories, RateLimitPolicies.Replies, RateLimitPolicies.Reactions, RateLimitPolicies.Reports,
        RateLimitPolicies.Progress, RateLimitPolicies.Pseudonyms, RateLimitPolicies.Recovery, RateLimitPolicies.ModeratorSignIn,
    ];

    public ValidateOptionsResult Validate(string? name, RateLimitSettings options)
    {
        foreach (var budget in Budgets)
        {
            var window = options.For(budget);
            foreach (var (setting, value) in new[]
                     {
                         (nameof(RateLimitWindow.PermitLimit), (int?)window.PermitLimit),
                         (nameof(RateLimitWindow.WindowSeconds), window.WindowSeconds),
                         (nameof(RateLimitWindow.AddressPermitLimit), window.AddressPermitLimit),
                     })
            {
                if (value < 1)
                    return ValidateOptionsResult.Fail($"{RateLimitSettings.Section}:{budget}:{setting} must be a whole number, 1 or more; it is {value}.");
            }
        }
        return ValidateOptionsResult.Success;
    }
}
