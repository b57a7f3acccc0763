namespace Forum.Domain.Moderation;

/// <summary>How a moderator closed a report. Stored as the short strings in <see cref="All"/>.</summary>
public static class ReportOutcome
{
    public const int MaxLength = 30;
    public const string ActionTaken = "action_taken";
    public const string NoActionNeeded = "no_action_needed";
    public const string ReachedOut = "reached_out";
    public const string Duplicate = "duplicate";

    public static readonly IReadOnlyList<string> All = [ActionTaken, NoActionNeeded, ReachedOut, Duplicate];

    public static string Label(string outcome) => outcome switch
    {
        ActionTaken => "Action taken",
        NoActionNeeded => "No action needed",
        ReachedOut => "Help shown / reached out",
        Duplicate => "Already handled",
        _ => outcome,
    };
}
