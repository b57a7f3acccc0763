namespace Forum.Web.ViewModels;

/// <summary>
/// What a moderation form submits: always the version the page showed and a reason; the rest only where the
/// action needs it (a room to move to, a ban's length, a badge, warnings to add, a report's outcome, a notice's words).
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

    /// <summary>A notice's words, and the country whose crisis lines go with them ("" for none).</summary>
    public string? Message { get; set; }
    public string? CrisisCountry { get; set; }

    /// <summary><see cref="FromQueue"/> when the form was sent from the queue, which is where the moderator goes back to.</summary>
    public string? From { get; set; }

    public const string FromQueue = "queue";
}
