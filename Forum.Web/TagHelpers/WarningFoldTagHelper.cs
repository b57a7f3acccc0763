using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Forum.Web.TagHelpers;

/// <summary>
/// The one fold for a warned post's words, wherever they appear (the story page, a preview, a search snippet):
/// <c>&lt;warning-fold warnings="…"&gt;words&lt;/warning-fold&gt;</c>. A plain &lt;details&gt;, so it folds and opens
/// without script; open by itself only when the reader chose to see every kind it warns of, or wrote it. Without
/// warnings it writes the words alone. A tag helper rather than a partial: a partial per reply cost the story page
/// about 7 % of its CPU (docs/BENCHMARKS.md).
/// </summary>
[HtmlTargetElement("warning-fold", Attributes = "warnings")]
public sealed class WarningFoldTagHelper(WarningPreferences preferences, Microsoft.Extensions.Localization.IStringLocalizer<Forum.Web.Resources.SharedText> text) : TagHelper
{
    public ContentWarningSet Warnings { get; set; } = ContentWarningSet.None;

    /// <summary>The reader wrote it: their own words are never folded away from them.</summary>
    public bool Own { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (Warnings.IsEmpty)
        {
            output.TagName = null;
            return;
        }
        output.TagName = "details";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "warned");
        if (Own || preferences.ShowsUnfolded(Warnings)) output.Attributes.SetAttribute("open", "open");

        var names = new TagBuilder("span");
        names.AddCssClass("warned-names");
        var label = new TagBuilder("span");
        label.AddCssClass("warned-label");
        label.InnerHtml.Append(text["Content warning:"]);
        names.InnerHtml.AppendHtml(label).Append(" " + string.Join(text[", "], Warnings.Names.Select(name => text[name].Value)));
        var action = new TagBuilder("span");
        action.AddCssClass("warned-action");
        action.InnerHtml.Append(text["Open or fold this post"]);
        var summary = new TagBuilder("summary");
        summary.InnerHtml.AppendHtml(names).AppendHtml(action);
        output.PreContent.AppendHtml(summary);
    }
}
