using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Forum.Web.TagHelpers;

/// <summary>
/// A form on a page that may be shared by every reader without a cookie (Caching/SharedPages), where it can carry no
/// token: <c>&lt;form shared-fallback="@link" asp-antiforgery="@(link is null)"&gt;</c>. With a link, js/forms.js
/// fetches the token when the reader starts to use the form, or sends them to the link (the same page made for
/// them) when it can't; <c>shared-hide</c> also hides the form until the script shows it. A null (or empty) link: nothing changes.
/// </summary>
[HtmlTargetElement("form", Attributes = "shared-fallback")]
public sealed class SharedFormTagHelper(ForumLinks links) : TagHelper
{
    public string? SharedFallback { get; set; }

    public bool SharedHide { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (string.IsNullOrEmpty(SharedFallback)) return;
        output.Attributes.SetAttribute("data-token-source", links.FormToken());
        output.Attributes.SetAttribute("data-token-fallback", SharedFallback);
        if (!SharedHide) return;
        output.Attributes.SetAttribute("hidden", "hidden");
        output.Attributes.SetAttribute("data-with-script", "");
    }
}
