using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Forum.Web.TagHelpers;

/// <summary>
/// One form field: <c>&lt;field name="Title" label="Title" described-by="title-hint"&gt;&lt;input …&gt;&lt;/field&gt;</c>.
/// Writes the label, gives the control inside its id, name, <c>aria-describedby</c> and <c>aria-invalid</c>, and
/// puts the field's first error after it as <c>&lt;p class="field-error" id="title-error"&gt;</c>, the markup the
/// stylesheet and the tests rely on. Names stay the form's own (Title, not Draft.Title), which is why this is not
/// <c>asp-for</c>: the actions bind these fields without a prefix.
/// </summary>
[HtmlTargetElement("field", Attributes = "name")]
public sealed class FieldTagHelper(Microsoft.Extensions.Localization.IStringLocalizer<Forum.Web.Resources.SharedText> text) : TagHelper
{
    /// <summary>The form field's name, which is also its key in ModelState.</summary>
    public string Name { get; set; } = "";

    /// <summary>The visible label, in English: written in the reader's language. Left out when the markup around the control already labels it.</summary>
    public string? Label { get; set; }

    /// <summary>The control's id; the lower-cased name unless a page has two fields of the same name.</summary>
    public string? Id { get; set; }

    /// <summary>The id of the hint that goes with the control, if any.</summary>
    [HtmlAttributeName("described-by")]
    public string? DescribedBy { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var id = Id ?? Name.ToLowerInvariant();
        var error = ViewContext.ViewData.ModelState[Name]?.Errors.FirstOrDefault()?.ErrorMessage;
        var errorId = error is null ? null : $"{Name.ToLowerInvariant()}-error";
        context.Items[typeof(FieldContext)] = new FieldContext(id, Name, DescribedBy, errorId);

        var content = await output.GetChildContentAsync();
        output.TagName = null;
        if (Label is not null)
        {
            var label = new TagBuilder("label");
            label.Attributes["for"] = id;
            label.InnerHtml.Append(text[Label]);
            output.PreContent.AppendHtml(label).AppendHtml(Environment.NewLine);
        }
        output.Content.SetHtmlContent(content);
        if (error is not null)
        {
            var message = new TagBuilder("p");
            message.AddCssClass("field-error");
            message.Attributes["id"] = errorId;
            // The validators' messages are English, the key to the reader's language (as in _FieldError).
            message.InnerHtml.Append(text[error]);
            output.PostContent.AppendHtml(message);
        }
    }
}
