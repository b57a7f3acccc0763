using FluentValidation;
using Forum.Domain.Rendering;

namespace Forum.Domain.Validation;

/// <summary>The body rule, shared by stories and replies so that the limit and its wording are written once.</summary>
internal static class PostRules
{
    public static IRuleBuilderOptions<T, string> ValidBody<T>(this IRuleBuilderInitial<T, string> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .Must(body => !string.IsNullOrWhiteSpace(body))
            .WithMessage("Write a few words first. There's no wrong way to say it.")
            .Must(body => body.Length <= PostBody.MaxLength)
            .WithMessage((_, body) => $"This is longer than the {PostBody.MaxLength:N0} characters a post can hold " +
                                      $"(it has {body.Length:N0}). Your text is still here: you could split it into a story and a reply.");
}
