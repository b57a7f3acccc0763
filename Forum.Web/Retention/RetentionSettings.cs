namespace Forum.Web.Retention;

/// <summary>The Retention section: how long removed content is kept, and whether this node purges on a timer.</summary>
public sealed class RetentionSettings
{
    public const string Section = "Retention";

    public int RemovedContentDays { get; set; } = 30;
    public bool RunInBackground { get; set; } = true;
    public int IntervalMinutes { get; set; } = 60;

    public TimeSpan Window => TimeSpan.FromDays(RemovedContentDays);
}
