namespace Forum.Web.Forms;

/// <summary>The content warning rules, shared by both composers (included by their validators).</summary>
public sealed class WarningChoiceValidator : AbstractValidator<IWarnedDraft>
{
    public WarningChoiceValidator()
    {
        RuleFor(d => d.Warnings)
            .Must(codes => codes.All(code => ContentWarningText.Codes.TryParse(code, out _)))
            .WithMessage("One of the content warnings isn't one the forum knows. Please choose from the list.");
        RuleFor(d => d.WarningLabel)
            .Must(label => (ContentWarningSet.CleanLabel(label)?.Length ?? 0) <= ContentWarningSet.LabelMaxLength)
            .WithMessage($"The words for \"something else\" can be up to {ContentWarningSet.LabelMaxLength} characters. A few words is enough.");
        RuleFor(d => d.WarningLabel)
            .Must((draft, label) => ContentWarningSet.CleanLabel(label) is not null || !draft.Warnings.Contains(ContentWarningText.Codes.Of(ContentWarning.Other)))
            .WithMessage("Add a few words to say what \"something else\" is about.");
    }
}
