namespace Forum.Domain.Validation;

public sealed class ThreadDraftValidator : AbstractValidator<ThreadDraft>
{
    /// <param name="roomExists">Answers whether an open room has this slug; the caller knows where rooms are kept.</param>
    public ThreadDraftValidator(Func<string, bool> roomExists)
    {
        RuleFor(d => d.Room)
            .Must(slug => !string.IsNullOrWhiteSpace(slug) && roomExists(slug))
            .WithMessage("Choose one of the rooms for your story.");
        RuleFor(d => d.Title).ValidTitle();
        RuleFor(d => d.Body).ValidBody();
        Include(new WarningChoiceValidator());
    }
}
