namespace Forum.Web.AntiAbuse;

/// <summary>How long until a limit lets someone through again, said the way a person would say it.</summary>
public static class WaitText
{
    public static string For(TimeSpan wait)
    {
        if (wait < TimeSpan.FromMinutes(1)) return "under a minute";
        var minutes = (int)Math.Ceiling(wait.TotalMinutes);
        return minutes == 1 ? "about a minute" : $"about {minutes} minutes";
    }

    /// <summary>Whole seconds for a Retry-After header: never zero, so a client waits at least a moment.</summary>
    public static int Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
}
