using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Forum.Domain.Rendering;

/// <summary>
/// Allowlist HTML sanitizer on AngleSharp's HTML5 parser, shaped like the HtmlSanitizer package
/// (which the registry here does not serve) so that it can be swapped for it.
/// </summary>
public sealed class PostSanitizer
{
    public ISet<string> AllowedTags { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "p", "br", "em", "strong", "del", "ins", "mark", "sub", "sup", "blockquote", "ul", "ol", "li",
        "pre", "code", "h3", "h4", "h5", "h6", "hr", "a", "table", "thead", "tbody", "tr", "th", "td",
    };

    public ISet<string> AllowedAttributes { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "start" };

    public ISet<string> AllowedSchemes { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" };

    public string Sanitize(string html)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument("<body></body>");
        var fragment = parser.ParseFragment(html, document.Body!);
        foreach (var element in fragment.SelectMany(n => n.GetDescendantsAndSelf()).OfType<IElement>().ToList())
        {
            if (!AllowedTags.Contains(element.LocalName))
            {
                element.Replace(element.ChildNodes.ToArray());
                continue;
            }
            foreach (var attribute in element.Attributes.ToList())
            {
                if (!AllowedAttributes.Contains(attribute.Name))
                    element.RemoveAttribute(attribute.Name);
            }
        }
        return string.Concat(fragment.Select(n => n is IElement e ? e.OuterHtml : n.TextContent));
    }
}
