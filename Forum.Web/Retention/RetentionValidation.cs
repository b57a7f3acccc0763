namespace Forum.Web.Retention;

/// <summary>Checked once at start-up (ValidateOnStart): a window of no days would purge what was removed a moment ago.</summary>
internal sealed class RetentionValidation : IValidateOptions<RetentionSettings>
{
    public ValidateOptionsResult Validate(string? name, RetentionSettings options)
    {
        if (options.RemovedContentDays is < 1 or > 3650)
            return ValidateOptionsResult.Fail($"Retention:RemovedContentDays must be a whole number from 1 to 3650; it is {options.RemovedContentDays}.");
        if (options.IntervalMinutes is < 1 or > 10080)
            return ValidateOptionsResult.Fail($"Retention:IntervalMinutes must be a whole number from 1 to 10080; it is {options.IntervalMinutes}.");
        return ValidateOptionsResult.Success;
    }
}
