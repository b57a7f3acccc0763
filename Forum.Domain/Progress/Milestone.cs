namespace Forum.Domain.Progress;

/// <summary>
/// "Days since …", kept privately by one pseudonym. Starting again keeps every earlier stretch: the days happened,
/// and the longest stretch stays the writer's.
/// </summary>
public sealed class Milestone
{
    public const int LabelMaxLength = 80;

    private readonly List<MilestoneStretch> stretches = [];

    private Milestone() { }

    public Guid PseudonymId { get; private set; }
    public string Label { get; private set; } = "";
    public DateOnly StartedOn { get; private set; }
    public bool ShowOnPosts { get; private set; }
    public IReadOnlyList<MilestoneStretch> Stretches => stretches;

    public static Milestone Start(Guid pseudonymId, string label, DateOnly startedOn, DateOnly today)
    {
        var milestone = new Milestone { PseudonymId = pseudonymId };
        milestone.Change(label, startedOn, today);
        return milestone;
    }

    /// <summary>A correction (a different wording, the right start day), not a new start: no stretch is recorded.</summary>
    public void Change(string label, DateOnly startedOn, DateOnly today)
    {
        label = label.Trim();
        if (label.Length is 0 or > LabelMaxLength)
            throw new DomainRuleException($"Give the count a name of up to {LabelMaxLength} characters.");
        if (startedOn > today)
            throw new DomainRuleException("The start day can be today or earlier.");
        if (stretches.Count > 0 && startedOn < stretches.Max(s => s.EndedOn))
            throw new DomainRuleException("The start day can't be before your last count ended.");
        Label = label;
        StartedOn = startedOn;
    }

    /// <summary>Begins the count again today; the stretch that ends here is kept.</summary>
    public void StartAgain(DateOnly today)
    {
        if (today < StartedOn) throw new DomainRuleException("This count starts later than today.");
        stretches.Add(new MilestoneStretch(PseudonymId, StartedOn, today));
        StartedOn = today;
    }

    public void ShowBesideName(bool show) => ShowOnPosts = show;

    public int DaysOn(DateOnly today) => Math.Max(0, today.DayNumber - StartedOn.DayNumber);

    public int LongestDays(DateOnly today) => stretches.Select(s => s.Days).Append(DaysOn(today)).Max();
}
