using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Forum.Web.TagHelpers;

/// <summary>
/// A moment people read, in their own time zone: <c>&lt;time at="@moment" /&gt;</c> writes "7 December 2026, 14:05 UTC"
/// on the server, the only zone it can know, and js/localtime.js rewrites it into the browser's. With
/// <c>ago-from="@now"</c> it says "3 hours ago" instead, which needs no zone; the exact moment goes in the title, and
/// an old one shown as a date is rewritten too. Without JavaScript the page says UTC, so it is never wrong.
/// </summary>
[HtmlTargetElement("time", Attributes = "at")]
public sealed class LocalTimeTagHelper(Microsoft.Extensions.Localization.IStringLocalizer<Forum.Web.Resources.SharedText> text) : TagHelper
{
    public DateTimeOffset At { get; set; }

    public DateTimeOffset? AgoFrom { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("datetime", TimeText.Machine(At));
        if (AgoFrom is { } now)
        {
            var ago = TimeText.Ago(At, now, text);
            output.Attributes.SetAttribute("title", TimeText.Exact(At, text));
            // Past a month TimeText.Ago gives a UTC date, which the script can put in the reader's zone.
            output.Attributes.SetAttribute("data-local", TimeText.IsDate(At, now) ? "date" : "title");
            output.Content.SetContent(ago);
        }
        else
        {
            output.Attributes.SetAttribute("data-local", "moment");
            output.Content.SetContent(TimeText.Exact(At, text));
        }
    }
}
