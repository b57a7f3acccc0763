namespace Forum.Web.Forms;

public sealed class ReplyDraftValidator : AbstractValidator<ReplyDraft>
{
    public ReplyDraftValidator()
    {
        RuleFor(d => d.Body).ValidBody();
        Include(new WarningChoiceValidator());
    }
}
