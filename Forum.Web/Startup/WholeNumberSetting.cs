using System.Globalization;

namespace Forum.Web.Startup;

/// <summary>
/// A number from configuration, read once when the node starts. A value that is not a whole number in range stops
/// start-up with its name (<see cref="StartupRefusal"/>), rather than failing every request that reads it.
/// </summary>
public static class WholeNumberSetting
{
    public static int Read(IConfiguration configuration, string key, int fallback, int atLeast)
    {
        var text = configuration[key];
        if (text is null) return fallback;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= atLeast) return value;
        throw new StartupRefusal($"{key} must be a whole number, {atLeast} or more; it is \"{text}\".");
    }
}
