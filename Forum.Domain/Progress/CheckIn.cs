namespace Forum.Domain.Progress;

/// <summary>How a day went, on a scale of 1 to 5, with an optional private note. One a day; a second replaces the first.</summary>
public sealed class CheckIn
{
    public const int MinMood = 1;
    public const int MaxMood = 5;
    public const int NoteMaxLength = 1000;

    /// <summary>Check-ins can be added or corrected for this many days back, the span the chart shows.</summary>
    public const int DaysKept = 90;

    private CheckIn() { }

    public Guid PseudonymId { get; private set; }
    public DateOnly Day { get; private set; }
    public short Mood { get; private set; }
    public string? Note { get; private set; }

    public static CheckIn Record(Guid pseudonymId, DateOnly day, int mood, string? note, DateOnly today)
    {
        RequireChangeable(day, today);
        var checkIn = new CheckIn { PseudonymId = pseudonymId, Day = day };
        checkIn.Replace(mood, note);
        return checkIn;
    }

    /// <summary>"Today" is UTC's; a day ahead is allowed for people whose own day has already turned.</summary>
    public static void RequireChangeable(DateOnly day, DateOnly today)
    {
        if (day > today.AddDays(1) || day <= today.AddDays(-DaysKept))
            throw new DomainRuleException($"Check-ins can be for today or any of the last {DaysKept} days.");
    }

    public void Replace(int mood, string? note)
    {
        if (mood is < MinMood or > MaxMood)
            throw new DomainRuleException($"Choose how the day went, from {MinMood} to {MaxMood}.");
        note = string.IsNullOrWhiteSpace(note) ? null : PlainText.Note(note.Trim());
        if (note is { Length: > NoteMaxLength })
            throw new DomainRuleException($"A note can be up to {NoteMaxLength} characters.");
        Mood = (short)mood;
        Note = note;
    }
}
