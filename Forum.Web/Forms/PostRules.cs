using Forum.Domain.Rendering;
using Forum.Domain.Stories;

namespace Forum.Web.Forms;

/// <summary>The title and body rules, shared by writing and editing so that each limit and its wording are written once.</summary>
internal static class PostRules
{
    public static IRuleBuilderOptions<T, string> ValidBody<T>(this IRuleBuilderInitial<T, string> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .Must(body => !string.IsNullOrWhiteSpace(body))
            .WithMessage("Write a few words first. There's no wrong way to say it.")
            .Must(body => body.Length <= PostBody.MaxLength)
            .WithMessage((_, body) => $"This is longer than the {PostBody.MaxLength:N0} characters a post can hold " +
                                      $"(it has {body.Length:N0}). Your text is still here: you could split it into a story and a reply.");

    public static IRuleBuilderOptions<T, string> ValidTitle<T>(this IRuleBuilderInitial<T, string> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .Must(title => !string.IsNullOrWhiteSpace(title))
            .WithMessage("Give your story a title. A few words is enough.")
            .Must(title => title.Trim().Length >= Story.TitleMinLength)
            .WithMessage($"A title needs at least {Story.TitleMinLength} characters.")
            .Must(title => title.Trim().Length <= Story.TitleMaxLength)
            .WithMessage($"A title can have up to {Story.TitleMaxLength} characters. The story itself can be much longer.");
}
