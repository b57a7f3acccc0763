using Forum.Domain.Moderation;
using Forum.Domain.Rooms;

namespace Forum.Web.Forms;

public sealed class RoomDraftValidator : AbstractValidator<RoomDraft>
{
    public RoomDraftValidator()
    {
        // An existing room keeps its own short name: the controller puts the route's slug in, so only a new one is checked.
        RuleFor(d => d.Slug)
            .Must(slug => RoomSlug.IsValid(slug.Trim()))
            .When(d => d.Adding)
            .WithMessage($"Use 2 to {Room.SlugMaxLength} lower-case letters, digits and single hyphens, like \"grief-loss\". It becomes the room's address.");
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
