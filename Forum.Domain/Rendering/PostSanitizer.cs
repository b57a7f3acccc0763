using System.Text.RegularExpressions;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace Forum.Domain.Rendering;

/// <summary>
/// The site's allowlist policy, configured on HtmlSanitizer. The lists say which tags, attributes and schemes
/// may appear; its events carry the rules that lists cannot express: elements dropped with their content,
/// attributes allowed only on one element and only with certain values, a fixed <c>rel</c> on every link, a
/// depth limit, and relative URLs that merely contain a colon.
/// </summary>
/// <remarks>
/// Safe to call from many threads once configured, as HtmlSanitizer is: the handlers keep no state.
/// </remarks>
public sealed partial class PostSanitizer
{
    /// <summary>Every link gets this: no ranking credit for spam, no window.opener, no referrer.</summary>
    public const string LinkRel = "nofollow ugc noopener noreferrer";

    /// <summary>
    /// The attribute that keeps a post's fifth and sixth heading levels apart: both are <c>h6</c>, the last
    /// element left below the page's own headings, and this tells assistive technology their real level.
    /// </summary>
    public const string HeadingLevelAttribute = "aria-level";

    // Without CSS support in the parser no style sheet or style attribute is ever parsed as CSS; none may
    // survive anyway, and building the CSS object model was a large part of the library's time.
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = true }, BrowsingContext.New(Configuration.Default));

    private readonly HtmlSanitizer _sanitizer;

    public PostSanitizer()
    {
        _sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "em", "strong", "del", "s", "ins", "mark", "sub", "sup", "blockquote", "ul", "ol", "li",
                "pre", "code", "h3", "h4", "h5", "h6", "hr", "a", "table", "thead", "tbody", "tr", "th", "td",
            },
            // Each is allowed on one element only, with the values AllowedValue accepts.
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "href", "title", "start", "type", "class", HeadingLevelAttribute,
            },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
        })
        {
            // Unknown harmless elements (a <div>, a <font>) are unwrapped; the dangerous ones go with their
            // content through OnRemovingTag.
            KeepChildNodes = true,
            HtmlParserFactory = () => Parser,
            OutputFormatter = PostHtmlFormatter.Instance,
        };
        _sanitizer.RemovingTag += OnRemovingTag;
        _sanitizer.FilterUrl += OnFilterUrl;
        _sanitizer.PostProcessNode += OnPostProcessNode;
    }

    public ISet<string> AllowedTags => _sanitizer.AllowedTags;

    public ISet<string> AllowedSchemes => _sanitizer.AllowedSchemes;

    /// <summary>Elements removed together with everything inside them; any other unknown element is unwrapped.</summary>
    public ISet<string> DroppedTags { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "object", "embed", "applet", "svg", "math", "form", "input", "button",
        "textarea", "select", "option", "template", "noscript", "noembed", "noframes", "base", "meta", "link",
        "frame", "frameset", "title", "head", "img", "image", "picture", "source", "audio", "video", "track",
        "canvas", "map", "area", "portal", "param", "dialog",
        // Unwrapped, these would leave rows, cells or text straight inside a <table>, or an <a> inside an <a>,
        // which the parser rebuilds differently next time: the output would not be a fixed point. Markdig
        // never writes them; only hand-written HTML reaches here.
        "tfoot", "caption", "colgroup", "col", "marquee",
    };

    /// <summary>Elements nested deeper than this are unwrapped, so no post can build a tree that hurts a browser.</summary>
    public int MaxDepth { get; init; } = 100;

    // Elements around the fragment being sanitized, for the depth limit; per thread, as a call runs on one.
    [ThreadStatic]
    private static int t_outerDepth;

    public string Sanitize(string html) => SanitizePiece(html, 0);

    /// <summary>
    /// Sanitizes a piece of a post that will sit inside <paramref name="outerDepth"/> elements the caller
    /// writes around it, so that the depth limit counts them as it would in the whole post.
    /// </summary>
    internal string SanitizePiece(string html, int outerDepth)
    {
        if (string.IsNullOrEmpty(html))
            return string.Empty;
        t_outerDepth = outerDepth;
        try
        {
            return _sanitizer.Sanitize(html);
        }
        catch (Exception)
        {
            // A sanitizer that throws lets a caller choose the unsafe path; plain text is always safe to show.
            return AsPlainText(html);
        }
        finally
        {
            t_outerDepth = 0;
        }
    }

    /// <summary>
    /// Whether <paramref name="url"/>, as the parser decoded it, may be a link target. Judged the way a browser
    /// reads a scheme, made stricter: whitespace, control and invisible characters are ignored wherever they
    /// are, and anything before the first colon that could spell a scheme, even percent-decoded, must be an
    /// allowed one. What cannot be a scheme (<c>foo)</c> in <c>foo):</c>) leaves the URL relative.
    /// </summary>
    public bool IsAllowedUrl(string url)
    {
        var normalized = new StringBuilder(Math.Min(url.Length, 64));
        foreach (var c in url)
        {
            if (c <= ' ' || c == '\u007f' || IsInvisible(c))
                continue;
            if (c is ':' or '/' or '\\' or '?' or '#')
            {
                if (c != ':')
                    return true;
                var scheme = normalized.ToString();
                return AllowedSchemes.Contains(scheme) || !CouldBeScheme().IsMatch(scheme);
            }
            normalized.Append(c);
        }
        return true;
    }

    private static bool IsInvisible(char c) =>
        c is '\u00ad' or '\u034f' or '\u061c' or '\u180e' or (>= '\u200b' and <= '\u200f') or (>= '\u2028' and <= '\u202e')
            or (>= '\u2060' and <= '\u206f') or '\ufeff';

    private void OnRemovingTag(object? sender, RemovingTagEventArgs e)
    {
        // Foreign elements only exist inside <svg> or <math>, which are dropped whole.
        if (!DroppedTags.Contains(e.Tag.LocalName))
            return;
        e.Tag.Remove();
        e.Cancel = true;
    }

    /// <summary>
    /// HtmlSanitizer takes whatever precedes the first colon as the scheme, so <c>foo):</c> (CommonMark
    /// example 500) would lose its link although a browser reads it as a relative path. The site's judgement
    /// decides instead: it restores only URLs whose text before the colon cannot be a scheme at all, and
    /// refuses anything the library let through that it would not.
    /// </summary>
    private void OnFilterUrl(object? sender, FilterUrlEventArgs e)
    {
        if (e.SanitizedUrl is null && IsAllowedUrl(e.OriginalUrl))
            e.SanitizedUrl = e.OriginalUrl;
        else if (e.SanitizedUrl is not null && !IsAllowedUrl(e.SanitizedUrl))
            e.SanitizedUrl = null;
    }

    private void OnPostProcessNode(object? sender, PostProcessNodeEventArgs e)
    {
        if (e.Node is not IElement element)
            return;
        if (MustUnwrap(element))
        {
            // The children move up, and are judged in turn when their own turn comes.
            foreach (var child in element.ChildNodes)
                e.ReplacementNodes.Add(child);
            if (e.ReplacementNodes.Count == 0)
                e.ReplacementNodes.Add(e.Document.CreateTextNode(string.Empty));
            return;
        }

        var name = element.LocalName;
        foreach (var attribute in element.Attributes.ToList())
        {
            var value = AllowedValue(name, attribute.Name, attribute.Value);
            if (value is null)
                element.RemoveAttribute(attribute.Name);
            else if (!string.Equals(value, attribute.Value, StringComparison.Ordinal))
                element.SetAttribute(attribute.Name, value);
        }
        if (name == "a")
            element.SetAttribute("rel", LinkRel);
    }

    /// <summary>
    /// Too deep, or a link inside a link, or a heading inside a heading. Unwrapping an element the site does
    /// not allow can leave those two, and a parser reading them back closes the outer one first: the output
    /// would not be a fixed point. The inner one keeps its text and loses its markup, as in a browser.
    /// </summary>
    private bool MustUnwrap(IElement element)
    {
        var name = element.LocalName;
        var isHeading = IsHeading(name);
        var depth = t_outerDepth;
        if (depth >= MaxDepth)
            return true;
        for (var parent = element.ParentElement; parent is not null && parent.LocalName != "body"; parent = parent.ParentElement)
        {
            if (++depth >= MaxDepth)
                return true;
            if ((name == "a" && parent.LocalName == "a") || (isHeading && IsHeading(parent.LocalName)))
                return true;
        }
        return false;
    }

    private static bool IsHeading(string name) => name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    private static string? AllowedValue(string element, string attribute, string value) => (element, attribute) switch
    {
        // The library has already checked the scheme.
        ("a", "href") => value,
        ("a", "title") => value,
        ("ol", "start") => OrderedListStart().IsMatch(value) ? value : null,
        ("ol", "type") => value is "1" or "a" or "A" or "i" or "I" ? value : null,
        // Only the language of a fenced code block, for a highlighter; no class can restyle the page.
        ("code", "class") => CodeLanguage().IsMatch(value) ? value.ToLowerInvariant() : null,
        ("h6", HeadingLevelAttribute) => value is "7" or "8" ? value : null,
        // A table column's alignment, which the site's stylesheet turns into text-align.
        ("th" or "td", "class") => value is "align-left" or "align-center" or "align-right" ? value : null,
        _ => null,
    };

    [GeneratedRegex(@"^-?[0-9]{1,9}$")]
    private static partial Regex OrderedListStart();

    [GeneratedRegex(@"^language-[a-z0-9+#-]{1,32}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CodeLanguage();

    /// <summary>Whether a fence's first word survives as its code's language class; any other word would be lost.</summary>
    internal static bool KeepsAsLanguage(string info) => CodeLanguage().IsMatch("language-" + info);

    // Letters, digits, + - . as in a scheme, and % in case some reader of the HTML decodes it first.
    [GeneratedRegex(@"^[A-Za-z0-9+.%-]*$")]
    private static partial Regex CouldBeScheme();

    /// <summary>Text in one paragraph, escaped as the library's formatter escapes text, so it too is a fixed point.</summary>
    private static string AsPlainText(string html)
    {
        var text = html.Replace("\0", string.Empty, StringComparison.Ordinal).ReplaceLineEndings("\n");
        var output = new StringBuilder(text.Length + 16).Append("<p>");
        foreach (var c in text)
        {
            output.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '\u00a0' => "&nbsp;",
                _ => c.ToString(),
            });
        }
        return output.Append("</p>").ToString();
    }
}
