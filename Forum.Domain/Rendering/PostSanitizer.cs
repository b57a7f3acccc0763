using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Forum.Domain.Rendering;

/// <summary>
/// Allowlist HTML sanitizer on AngleSharp's HTML5 parser, shaped like the HtmlSanitizer package
/// (which the registry here does not serve) so that it can be swapped for it.
/// </summary>
/// <remarks>
/// The input is parsed the way a browser parses it, so entities, broken tags and mis-nesting are already
/// resolved; the output is written from that tree by this class, element by element, and only allowed
/// elements and attributes are ever written. <see cref="Sanitize"/> is safe to call from many threads
/// once the sets are configured.
/// </remarks>
public sealed partial class PostSanitizer
{
    /// <summary>Every link gets this: no ranking credit for spam, no window.opener, no referrer.</summary>
    public const string LinkRel = "nofollow ugc noopener noreferrer";

    // Removing an element can put its content where the parser would build a different tree (a <tfoot>'s
    // rows straight under <table>, a <marquee> that let an <a> sit inside an <a>), so the output is
    // sanitized again until it stops changing. One more pass confirms Markdig's output; a few more settle
    // any hostile tree seen so far.
    private const int MaxPasses = 6;

    [ThreadStatic] private static HtmlParser? t_parser;
    [ThreadStatic] private static IElement? t_context;

    public ISet<string> AllowedTags { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "p", "br", "em", "strong", "del", "s", "ins", "mark", "sub", "sup", "blockquote", "ul", "ol", "li",
        "pre", "code", "h3", "h4", "h5", "h6", "hr", "a", "table", "thead", "tbody", "tr", "th", "td",
    };

    /// <summary>Elements removed together with everything inside them; any other unknown element is unwrapped.</summary>
    public ISet<string> DroppedTags { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "object", "embed", "applet", "svg", "math", "form", "input", "button",
        "textarea", "select", "option", "template", "noscript", "noembed", "noframes", "base", "meta", "link",
        "frame", "frameset", "title", "head", "img", "image", "picture", "source", "audio", "video", "track",
        "canvas", "map", "area", "portal", "param", "dialog",
    };

    /// <summary>Allowed attribute names; each is also checked against the element and its value below.</summary>
    public ISet<string> AllowedAttributes { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "href", "title", "start", "type", "class",
    };

    /// <summary>Schemes a link may use; relative URLs (no scheme) are allowed too.</summary>
    public ISet<string> AllowedSchemes { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "http", "https", "mailto",
    };

    /// <summary>Elements nested deeper than this are unwrapped, so no post can build a tree that hurts a browser.</summary>
    public int MaxDepth { get; init; } = 100;

    public string Sanitize(string html)
    {
        if (string.IsNullOrEmpty(html))
            return string.Empty;
        try
        {
            var current = SanitizeOnce(html);
            for (var pass = 1; pass < MaxPasses; pass++)
            {
                var again = SanitizeOnce(current);
                if (string.Equals(again, current, StringComparison.Ordinal))
                    return current;
                current = again;
            }
        }
        catch (Exception)
        {
            // Falls through to plain text. A sanitizer that throws lets a caller choose the unsafe path.
        }
        return AsPlainText(html);
    }

    /// <summary>
    /// Whether <paramref name="url"/>, as the parser decoded it, may be a link target. Judged the way a browser
    /// reads a scheme: whitespace and control characters are ignored wherever they are, and so are
    /// invisible characters (stricter than a browser, never looser).
    /// </summary>
    public bool IsAllowedUrl(string url)
    {
        var normalized = new StringBuilder(Math.Min(url.Length, 64));
        foreach (var c in url)
        {
            if (c <= ' ' || c == '\u007f' || IsInvisible(c))
                continue;
            // Only the part before the first delimiter can be a scheme, so that is all we need.
            if (c is ':' or '/' or '\\' or '?' or '#')
            {
                if (c != ':')
                    return true;
                return normalized.Length > 0 && AllowedSchemes.Contains(normalized.ToString().ToLowerInvariant());
            }
            normalized.Append(c);
        }
        return true;
    }

    private static bool IsInvisible(char c) =>
        c is '\u00ad' or '\u034f' or '\u061c' or '\u180e' or (>= '\u200b' and <= '\u200f') or (>= '\u2028' and <= '\u202e')
            or (>= '\u2060' and <= '\u206f') or '\ufeff';

    private string SanitizeOnce(string html)
    {
        t_parser ??= new HtmlParser();
        // A standards-mode context, like the pages that show posts: quirks mode parses some markup differently.
        t_context ??= t_parser.ParseDocument("<!DOCTYPE html><body></body>").Body!;
        var nodes = t_parser.ParseFragment(html, t_context);

        var output = new StringBuilder(html.Length + 64);
        var writer = new HtmlWriter(output);
        // Iterative on purpose: a hostile tree can be thousands of levels deep, and a stack overflow cannot be caught.
        var work = new Stack<Work>();
        for (var i = nodes.Length - 1; i >= 0; i--)
            work.Push(new Work(nodes[i], null, 0));

        while (work.TryPop(out var item))
        {
            if (item.EndTag is { } endTag)
            {
                writer.EndTag(endTag);
                continue;
            }

            switch (item.Node)
            {
                case IText text:
                    writer.Text(text.Data);
                    break;
                case IElement element when element.NamespaceUri == NamespaceNames.HtmlUri && !DroppedTags.Contains(element.LocalName):
                    var depth = item.Depth;
                    if (AllowedTags.Contains(element.LocalName) && depth < MaxDepth)
                    {
                        var name = element.LocalName.ToLowerInvariant();
                        WriteStartTag(writer, name, element);
                        if (IsVoid(name))
                            break;
                        work.Push(new Work(null, name, depth));
                        depth++;
                    }
                    // By index: AngleSharp finds a node's siblings by searching its parent's list, which is
                    // quadratic over a table body with thousands of rows.
                    var children = element.ChildNodes;
                    for (var i = children.Length - 1; i >= 0; i--)
                        work.Push(new Work(children[i], null, depth));
                    break;
                default:
                    // Comments, CDATA (a bogus comment in HTML), foreign (SVG, MathML) and dropped elements.
                    break;
            }
        }
        return output.ToString();
    }

    private void WriteStartTag(HtmlWriter writer, string name, IElement element)
    {
        writer.StartTagOpen(name);
        foreach (var attribute in element.Attributes)
        {
            if (attribute.NamespaceUri is not null || !AllowedAttributes.Contains(attribute.Name))
                continue;
            var attributeName = attribute.Name.ToLowerInvariant();
            if (AllowedValue(name, attributeName, attribute.Value) is { } value)
                writer.Attribute(attributeName, value);
        }
        if (name == "a")
            writer.Attribute("rel", LinkRel);
        writer.StartTagClose(name);
    }

    private string? AllowedValue(string element, string attribute, string value) => (element, attribute) switch
    {
        ("a", "href") => IsAllowedUrl(value) ? value : null,
        ("a", "title") => value,
        ("ol", "start") => OrderedListStart().IsMatch(value) ? value : null,
        // List extras: a., A., i., I. lists.
        ("ol", "type") => value is "1" or "a" or "A" or "i" or "I" ? value : null,
        // Only the language of a fenced code block, for a highlighter; no class can restyle the page.
        ("code", "class") => CodeLanguage().IsMatch(value) ? value.ToLowerInvariant() : null,
        _ => null,
    };

    private static bool IsVoid(string name) => name is "br" or "hr";

    [GeneratedRegex(@"^-?[0-9]{1,9}$")]
    private static partial Regex OrderedListStart();

    [GeneratedRegex(@"^language-[a-z0-9+#-]{1,32}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CodeLanguage();

    /// <summary>Text that re-parses to itself, so this fallback is also a fixed point of <see cref="Sanitize"/>.</summary>
    private static string AsPlainText(string html)
    {
        var text = html.Replace("\0", string.Empty, StringComparison.Ordinal).ReplaceLineEndings("\n");
        var output = new StringBuilder(text.Length + 16);
        var writer = new HtmlWriter(output);
        writer.StartTagOpen("p");
        writer.StartTagClose("p");
        writer.Text(text);
        writer.EndTag("p");
        return output.ToString();
    }

    private readonly record struct Work(INode? Node, string? EndTag, int Depth);
}
