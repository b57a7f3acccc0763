namespace Forum.Domain.Rendering;

/// <summary>
/// Someone's words quoted at the start of a reply, as Markdown: each line behind "&gt; ", then a blank line to write
/// under. (js/quote.js does the same for a selected passage.)
/// </summary>
public static class MarkdownQuote
{
    public static string Of(string text)
    {
        var lines = text.Replace("\r\n", "\n").Trim('\n').Split('\n');
        return string.Join("\n", lines.Select(line => line.Length == 0 ? ">" : "> " + line)) + "\n\n";
    }
}
