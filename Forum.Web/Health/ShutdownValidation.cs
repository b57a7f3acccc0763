namespace Forum.Web.Health;

/// <summary>Checked once at start-up (ValidateOnStart), so a drain of minutes or none at all is said plainly, in one line.</summary>
internal sealed class ShutdownValidation : IValidateOptions<ShutdownOptions>
{
    public ValidateOptionsResult Validate(string? name, ShutdownOptions options)
    {
        if (options.DrainSeconds is < 0 or > 120)
            return ValidateOptionsResult.Fail($"Shutdown:DrainSeconds must be a whole number from 0 to 120; it is {options.DrainSeconds}.");
        if (options.RequestSeconds is < 1 or > 600)
            return ValidateOptionsResult.Fail($"Shutdown:RequestSeconds must be a whole number from 1 to 600; it is {options.RequestSeconds}.");
        return ValidateOptionsResult.Success;
    }
}
