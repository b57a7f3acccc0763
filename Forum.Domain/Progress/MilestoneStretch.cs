namespace Forum.Domain.Progress;

/// <summary>An earlier stretch of a milestone, from its start to the day the count began again.</summary>
public sealed class MilestoneStretch
{
    private MilestoneStretch() { }

    internal MilestoneStretch(Guid pseudonymId, DateOnly startedOn, DateOnly endedOn)
    {
        PseudonymId = pseudonymId;
        StartedOn = startedOn;
        EndedOn = endedOn;
    }

    public long Id { get; private set; }
    public Guid PseudonymId { get; private set; }
    public DateOnly StartedOn { get; private set; }
    public DateOnly EndedOn { get; private set; }

    public int Days => EndedOn.DayNumber - StartedOn.DayNumber;
}
