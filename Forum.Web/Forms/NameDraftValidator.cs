namespace Forum.Web.Forms;

/// <summary>Each of <see cref="PseudonymName"/>'s rules, with its own message. Whether the name is free is the database's to say.</summary>
public sealed class NameDraftValidator : AbstractValidator<NameDraft>
{
    public NameDraftValidator() =>
        RuleFor(d => d.Name)
            .Must(name => PseudonymName.Refusal(PseudonymName.Tidy(name)) is null)
            .When(d => !string.IsNullOrWhiteSpace(d.Name))
            .WithMessage((_, name) => PseudonymName.Refusal(PseudonymName.Tidy(name))!);
}
