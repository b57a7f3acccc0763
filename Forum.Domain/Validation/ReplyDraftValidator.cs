namespace Forum.Domain.Validation;

public sealed class ReplyDraftValidator : AbstractValidator<ReplyDraft>
{
    public ReplyDraftValidator()
    {
        RuleFor(d => d.Body).ValidBody();
        Include(new WarningChoiceValidator());
    }
}
