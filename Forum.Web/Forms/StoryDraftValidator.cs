namespace Forum.Web.Forms;

/// <summary>
/// Checks what the writer typed. Which rooms exist is the route's to say: the controller answers 404 for an
/// unknown room before this runs, and puts the route's room into the draft.
/// </summary>
public sealed class StoryDraftValidator : AbstractValidator<StoryDraft>
{
    public StoryDraftValidator()
    {
        RuleFor(d => d.Room)
            .Must(slug => !string.IsNullOrWhiteSpace(slug))
            .WithMessage("Choose one of the rooms for your story.");
        RuleFor(d => d.Title).ValidTitle();
        RuleFor(d => d.Body).ValidBody();
        Include(new WarningChoiceValidator());
    }
}
