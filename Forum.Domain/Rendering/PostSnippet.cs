using AngleSharp.Html.Parser;

namespace Forum.Domain.Rendering;

/// <summary>
/// The first words of a post as plain text, for a moderator's queue: the stored HTML's text only (no markup, no
/// links to follow), whitespace folded, cut at a word. Views encode it like any other text.
/// </summary>
public static class PostSnippet
{
    public const int DefaultLength = 240;

    /// <summary>How much stored HTML to read for a snippet: markup takes room, so several times the words.</summary>
    public const int HtmlPrefixLength = 4000;

    [ThreadStatic] private static HtmlParser? t_parser;

    public static string FromHtml(string html, int length = DefaultLength)
    {
        t_parser ??= new HtmlParser();
        var text = t_parser.ParseDocument("<!DOCTYPE html><body>" + html).Body?.TextContent ?? "";
        var words = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (words.Length <= length) return words;
        var cut = words.LastIndexOf(' ', length);
        return (cut > length / 2 ? words[..cut] : words[..length]).TrimEnd(',', ';', ':', '.') + "…";
    }
}
