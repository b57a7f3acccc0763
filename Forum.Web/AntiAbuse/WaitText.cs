using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Forum.Web.AntiAbuse;

/// <summary>How long until a limit lets someone through again, said the way a person would say it.</summary>
public static class WaitText
{
    /// <param name="text">The reader's language; without it, English (the posting budget's refusals are still written in English).</param>
    public static string For(TimeSpan wait, IStringLocalizer? text = null)
    {
        var minutes = (int)Math.Ceiling(wait.TotalMinutes);
        var said = wait < TimeSpan.FromMinutes(1) ? "under a minute" : minutes == 1 ? "about a minute" : "about {0} minutes";
        return text?[said, minutes].Value ?? string.Format(CultureInfo.InvariantCulture, said, minutes);
    }

    /// <summary>Whole seconds for a Retry-After header: never zero, so a client waits at least a moment.</summary>
    public static int Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
}
