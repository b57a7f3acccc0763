using FluentValidation;
using Forum.Domain.Threads;

namespace Forum.Domain.Validation;

public sealed class ThreadDraftValidator : AbstractValidator<ThreadDraft>
{
    /// <param name="roomExists">Answers whether an open room has this slug; the caller knows where rooms are kept.</param>
    public ThreadDraftValidator(Func<string, bool> roomExists)
    {
        RuleFor(d => d.Room)
            .Must(slug => !string.IsNullOrWhiteSpace(slug) && roomExists(slug))
            .WithMessage("Choose one of the rooms for your story.");
        RuleFor(d => d.Title)
            .Cascade(CascadeMode.Stop)
            .Must(title => !string.IsNullOrWhiteSpace(title))
            .WithMessage("Give your story a title. A few words is enough.")
            .Must(title => title.Trim().Length >= ForumThread.TitleMinLength)
            .WithMessage($"A title needs at least {ForumThread.TitleMinLength} characters.")
            .Must(title => title.Trim().Length <= ForumThread.TitleMaxLength)
            .WithMessage($"A title can have up to {ForumThread.TitleMaxLength} characters. The story itself can be much longer.");
        RuleFor(d => d.Body).ValidBody();
        Include(new WarningChoiceValidator());
    }
}
