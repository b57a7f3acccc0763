namespace Forum.Web.ViewModels;

/// <summary>
/// What a moderation form submits: always the version the page showed and a reason; the rest only where the
/// action needs it (a room to move to, a ban's length, a badge, warnings to add, a report's outcome).
/// </summary>
public sealed class ModerationForm
{
    public const string ForGood = "forever";
    public static readonly IReadOnlyList<(string Value, string Label)> BanPeriods =
        [("1", "1 day"), ("7", "7 days"), ("30", "30 days"), (ForGood, "For good")];

    public int Version { get; set; }
    public string? Reason { get; set; }
    public string? Room { get; set; }
    public string? Period { get; set; }
    public string? Badge { get; set; }
    public List<string> Warnings { get; set; } = [];
    public string? WarningLabel { get; set; }
    public string? Outcome { get; set; }
}
