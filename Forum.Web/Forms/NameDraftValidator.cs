using Forum.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Forum.Web.Forms;

/// <summary>Each of <see cref="PseudonymName"/>'s rules, with its own message. Whether the name is free is the database's to say.</summary>
/// <remarks>A refusal that repeats something of the name (its length, a word in it) is filled in here, in the reader's language.</remarks>
public sealed class NameDraftValidator : AbstractValidator<NameDraft>
{
    public NameDraftValidator(IStringLocalizer<SharedText> text) =>
        RuleFor(d => d.Name)
            .Must(name => PseudonymName.Refusal(PseudonymName.Tidy(name)) is null)
            .When(d => !string.IsNullOrWhiteSpace(d.Name))
            .WithMessage((_, name) => PseudonymName.RefusalOf(PseudonymName.Tidy(name)) is { } reason ? text[reason.Sentence, reason.Blanks].Value : "");
}
