namespace Forum.Domain.Validation;

public sealed class PostEditDraftValidator : AbstractValidator<PostEditDraft>
{
    /// <param name="isStory">A story has a title to check; a reply has only its text.</param>
    public PostEditDraftValidator(bool isStory)
    {
        if (isStory) RuleFor(d => d.Title).ValidTitle();
        RuleFor(d => d.Body).ValidBody();
        Include(new WarningChoiceValidator());
    }
}
