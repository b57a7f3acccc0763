using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Forum.Web.TagHelpers;

/// <summary>The control inside a <see cref="FieldTagHelper"/>: takes the field's id, name and ARIA attributes.</summary>
[HtmlTargetElement("input", ParentTag = "field")]
[HtmlTargetElement("textarea", ParentTag = "field")]
[HtmlTargetElement("select", ParentTag = "field")]
public sealed class FieldControlTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!context.Items.TryGetValue(typeof(FieldContext), out var item) || item is not FieldContext field) return;
        // Razor needs "<input />" to target a void element; the page keeps writing "<input>".
        if (output.TagName == "input") output.TagMode = TagMode.StartTagOnly;
        if (!output.Attributes.ContainsName("id")) output.Attributes.SetAttribute("id", field.Id);
        if (!output.Attributes.ContainsName("name")) output.Attributes.SetAttribute("name", field.Name);
        if (field.AriaDescribedBy is { } describedBy) output.Attributes.SetAttribute("aria-describedby", describedBy);
        if (field.ErrorId is not null) output.Attributes.SetAttribute("aria-invalid", "true");
    }
}
