using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Forum.Web.TagHelpers;

/// <summary>
/// A post's body: <c>&lt;post-body html="@post.BodyHtml" /&gt;</c>. The one place the site prints HTML as it is: the
/// stored body, rendered and sanitized once when it was written (MarkdownPostRenderer, PostSanitizer); everything
/// else Razor encodes. A tag helper rather than a partial view, because a story page prints one per reply and a
/// partial view per reply was a measurable share of the page's CPU (docs/BENCHMARKS.md).
/// </summary>
[HtmlTargetElement("post-body", Attributes = "html", TagStructure = TagStructure.WithoutEndTag)]
public sealed class PostBodyTagHelper : TagHelper
{
    public string Html { get; set; } = "";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "post-body");
        output.Content.SetHtmlContent(Html);
    }
}
