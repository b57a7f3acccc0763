using Forum.Domain.Moderation;
using Forum.Domain.Rooms;

namespace Forum.Domain.Validation;

public sealed class RoomDraftValidator : AbstractValidator<RoomDraft>
{
    /// <param name="adding">True for a new room, whose short name is checked; an existing room keeps its own.</param>
    public RoomDraftValidator(bool adding)
    {
        if (adding)
        {
            RuleFor(d => d.Slug)
                .Must(slug => RoomSlug.IsValid(slug.Trim()))
                .WithMessage($"Use 2 to {Room.SlugMaxLength} lower-case letters, digits and single hyphens, like \"grief-loss\". It becomes the room's address.");
        }
        RuleFor(d => d.Name)
            .Must(name => name.Trim().Length is > 0 and <= Room.NameMaxLength)
            .WithMessage($"Give the room a name of up to {Room.NameMaxLength} characters.");
        RuleFor(d => d.Description)
            .Must(text => text.Trim().Length is > 0 and <= Room.DescriptionMaxLength)
            .WithMessage($"Describe the room in up to {Room.DescriptionMaxLength} characters: it tells people what belongs there.");
        RuleFor(d => d.Reason).ValidReason();
    }
}

internal static class ReasonRules
{
    public static IRuleBuilderOptions<T, string> ValidReason<T>(this IRuleBuilderInitial<T, string> rule) =>
        rule.Must(reason => reason.Trim().Length is > 0 and <= ModerationReason.MaxLength)
            .WithMessage($"Please write a short reason (up to {ModerationReason.MaxLength} characters). It goes in the moderation log.");
}
