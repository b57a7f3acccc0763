namespace Forum.Web.Startup;

/// <summary>
/// Runs every ValidateOnStart check before the node listens, inside Program's one refusal path: a bad setting ends
/// as every other refusal does (its message alone, exit 1), not as a stack trace from deep inside the host's start.
/// </summary>
internal static class SettingsCheck
{
    /// <exception cref="StartupRefusal">A setting failed its validation; the message names it.</exception>
    public static void RefuseBadSettings(this WebApplication app)
    {
        try
        {
            app.Services.GetService<IStartupValidator>()?.Validate();
        }
        catch (OptionsValidationException e)
        {
            throw new StartupRefusal(string.Join(" ", e.Failures), e);
        }
        catch (InvalidOperationException e) when (e.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal))
        {
            // Binding's own message names the setting and the type it wanted, such as "at 'Shutdown:DrainSeconds' to type 'System.Int32'".
            throw new StartupRefusal(e.Message, e);
        }
        catch (AggregateException e) when (e.InnerExceptions.All(inner => inner is OptionsValidationException))
        {
            throw new StartupRefusal(string.Join(" ", e.InnerExceptions.SelectMany(inner => ((OptionsValidationException)inner).Failures)), e);
        }
    }
}
