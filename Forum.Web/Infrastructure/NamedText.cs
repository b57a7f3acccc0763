using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace Forum.Web.Infrastructure;

/// <summary>
/// A sentence with a name or a title in its blank, in the reader's language. Each name goes into its own
/// <c>&lt;bdi&gt;</c>: a Latin name inside an Arabic sentence (or an Arabic title inside an English one) would
/// otherwise pull the words and punctuation beside it to the wrong side. The sentence keeps its word order, which
/// splitting it around the name (<c>@T["Burn"] &lt;bdi&gt;…</c>) can't do in every language.
/// </summary>
public static partial class NamedText
{
    public static IHtmlContent Isolated(this IStringLocalizer text, string sentence, params string[] names)
    {
        var template = text[sentence].Value;
        var html = new HtmlContentBuilder();
        var at = 0;
        foreach (Match blank in Blank().Matches(template))
        {
            html.Append(template[at..blank.Index]);
            html.AppendHtml("<bdi>").Append(names[blank.Groups[1].Value[0] - '0']).AppendHtml("</bdi>");
            at = blank.Index + blank.Length;
        }
        return html.Append(template[at..]);
    }

    [GeneratedRegex(@"\{([0-9])\}")]
    private static partial Regex Blank();
}
