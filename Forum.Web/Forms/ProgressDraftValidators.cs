using System.Globalization;
using Forum.Domain.Progress;

namespace Forum.Web.Forms;

/// <summary>Form checks for check-ins, with messages for people; the entity still guards its own rules.</summary>
public sealed class CheckInDraftValidator : AbstractValidator<CheckInDraft>
{
    public CheckInDraftValidator()
    {
        RuleFor(d => d.Day).Must(day => ProgressDates.TryParse(day, out _)).WithMessage("Choose the day this check-in is for.");
        RuleFor(d => d.Mood).Must(mood => int.TryParse(mood, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= CheckIn.MinMood and <= CheckIn.MaxMood)
            .WithMessage($"Choose how the day went, from {CheckIn.MinMood} to {CheckIn.MaxMood}.");
        RuleFor(d => d.Note).MaximumLength(CheckIn.NoteMaxLength).WithMessage($"A note can be up to {CheckIn.NoteMaxLength:N0} characters. This one is {{TotalLength:N0}}.");
    }
}

public sealed class MilestoneDraftValidator : AbstractValidator<MilestoneDraft>
{
    public MilestoneDraftValidator()
    {
        RuleFor(d => d.Label).Must(label => label.Trim().Length > 0).WithMessage("Give the count a name, such as \"without a drink\" or \"since I started therapy\".")
            .MaximumLength(Milestone.LabelMaxLength).WithMessage($"A name for the count can be up to {Milestone.LabelMaxLength} characters.");
        RuleFor(d => d.StartedOn).Must(day => ProgressDates.TryParse(day, out _)).WithMessage("Choose the day the count starts from.");
    }
}

public static class ProgressDates
{
    public static bool TryParse(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    public static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
