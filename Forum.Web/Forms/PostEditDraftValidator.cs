namespace Forum.Web.Forms;

public sealed class PostEditDraftValidator : AbstractValidator<PostEditDraft>
{
    public PostEditDraftValidator()
    {
        // A story has a title to check; a reply has only its text.
        When(d => d.Kind == PostKind.Story, () => RuleFor(d => d.Title).ValidTitle());
        RuleFor(d => d.Body).ValidBody();
        Include(new WarningChoiceValidator());
    }
}
