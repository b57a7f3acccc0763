using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Forum.Tests.Rendering;

/// <summary>
/// What a stored post's HTML may contain, checked on the tree a browser would build from it. Written apart
/// from the sanitizer, so that a mistake in one is not repeated in the other.
/// </summary>
public static partial class PostHtmlPolicy
{
    private static readonly HashSet<string> AllowedElements =
    [
        "p", "br", "em", "strong", "del", "s", "ins", "mark", "sub", "sup", "blockquote", "ul", "ol", "li",
        "pre", "code", "h3", "h4", "h5", "h6", "hr", "a", "table", "thead", "tbody", "tr", "th", "td",
    ];

    private static readonly HashSet<string> AllowedAttributes = ["href", "title", "start", "type", "class", "rel", "aria-level"];

    private static readonly HashSet<string> SafeSchemes = ["http", "https", "mailto"];

    public static IHtmlDocument Parse(string html) =>
        new HtmlParser().ParseDocument("<!DOCTYPE html><html><head></head><body>" + html + "</body></html>");

    /// <summary>Every violation found, so that a failing payload says everything that went wrong at once.</summary>
    public static IReadOnlyList<string> Violations(string html)
    {
        var document = Parse(html);
        var violations = new List<string>();
        if (document.Head!.ChildNodes.Length > 0)
            violations.Add("something reached <head>: " + document.Head.InnerHtml);

        foreach (var element in document.Body!.Descendants<IElement>())
        {
            var name = element.LocalName;
            if (element.NamespaceUri != AngleSharp.Dom.NamespaceNames.HtmlUri || !AllowedElements.Contains(name))
                violations.Add($"element <{element.NodeName}>");
            foreach (var attribute in element.Attributes)
            {
                var attributeName = attribute.Name.ToLowerInvariant();
                if (attributeName.StartsWith("on", StringComparison.Ordinal))
                    violations.Add($"event attribute {attributeName} on <{name}>");
                else if (!AllowedAttributes.Contains(attributeName))
                    violations.Add($"attribute {attributeName} on <{name}>");
                else if (attributeName == "href" && !IsSafeUrl(attribute.Value))
                    violations.Add($"href {attribute.Value}");
                else if (attributeName == "class" && !LanguageClass().IsMatch(attribute.Value)
                    && !(name is "th" or "td" && attribute.Value is "align-left" or "align-center" or "align-right"))
                    violations.Add($"class {attribute.Value}");
                else if (attributeName == "aria-level" && (name != "h6" || attribute.Value is not ("7" or "8")))
                    violations.Add($"aria-level {attribute.Value} on <{name}>");
            }
            if (name == "a" && element.GetAttribute("rel") != "nofollow ugc noopener noreferrer")
                violations.Add($"link without rel: {element.OuterHtml}");
        }
        return violations;
    }

    public static void AssertSafe(string html, string because = "")
    {
        var violations = Violations(html);
        violations.ShouldBeEmpty($"{because}\nHTML: {html}\nViolations:\n  {string.Join("\n  ", violations)}");
    }

    /// <summary>
    /// A URL's scheme as a browser reads it, made stricter: every whitespace, control and invisible character is
    /// dropped wherever it is, and letters, digits, <c>+ - . %</c> before a colon make a scheme (a browser
    /// would not take a <c>%</c>, but a careless reader of the HTML might decode it first). Anything else before
    /// the colon, as in <c>foo):</c>, leaves the URL relative.
    /// </summary>
    public static bool IsSafeUrl(string url)
    {
        var visible = new StringBuilder();
        foreach (var c in url)
        {
            if (!char.IsWhiteSpace(c) && !char.IsControl(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format)
                visible.Append(c);
        }
        var match = SchemePrefix().Match(visible.ToString());
        return !match.Success || SafeSchemes.Contains(match.Groups[1].Value.ToLowerInvariant());
    }

    /// <summary>How deeply elements nest, counted without recursion.</summary>
    public static int MaxDepth(string html)
    {
        var document = Parse(html);
        var deepest = 0;
        var stack = new Stack<(INode Node, int Depth)>();
        stack.Push((document.Body!, 0));
        while (stack.TryPop(out var item))
        {
            deepest = Math.Max(deepest, item.Depth);
            foreach (var child in item.Node.ChildNodes.OfType<IElement>())
                stack.Push((child, item.Depth + 1));
        }
        return deepest;
    }

    [GeneratedRegex(@"^([A-Za-z0-9+.%-]*):")]
    private static partial Regex SchemePrefix();

    [GeneratedRegex(@"^language-[a-z0-9+#-]{1,32}$")]
    private static partial Regex LanguageClass();
}
