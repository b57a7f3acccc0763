namespace Forum.Data.Reading;

public sealed record CheckInView(DateOnly Day, int Mood, string? Note);

public sealed record StretchView(DateOnly StartedOn, DateOnly EndedOn, int Days);

public sealed record MilestoneView(string Label, DateOnly StartedOn, int Days, int LongestDays, bool ShowOnPosts, IReadOnlyList<StretchView> Earlier);

/// <summary>One pseudonym's progress: its count (if any) and its check-ins of the last 90 days, newest first.</summary>
public sealed record ProgressPage(DateOnly Today, MilestoneView? Milestone, IReadOnlyList<CheckInView> CheckIns)
{
    public CheckInView? On(DateOnly day) => CheckIns.FirstOrDefault(c => c.Day == day);
}
