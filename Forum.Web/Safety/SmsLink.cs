using System.Text.RegularExpressions;

namespace Forum.Web.Safety;

/// <summary>
/// Turns a text line as people write it ("Text SHOUT to 85258", "Text 988") into an sms: link that opens the
/// phone's messages with the number and the word filled in: one tap, when typing is the hard part.
/// </summary>
public static partial class SmsLink
{
    /// <returns>The sms: address, or null when the words don't name a number to text.</returns>
    public static string? From(string textLine)
    {
        var match = TextLine().Match(textLine.Trim());
        if (!match.Success) return null;
        var number = Digits(match);
        var word = match.Groups["word"].Value;
        return word.Length == 0 ? $"sms:{number}" : $"sms:{number}?body={Uri.EscapeDataString(word)}";
    }

    /// <returns>The number the words say to text, digits only, or null when they name none.</returns>
    public static string? NumberIn(string textLine) => TextLine().Match(textLine.Trim()) is { Success: true } match ? Digits(match) : null;

    private static string Digits(Match match) => string.Concat(match.Groups["number"].Value.Where(char.IsAsciiDigit));

    [GeneratedRegex(@"^Text\s+(?:(?<word>[A-Za-z]+)\s+to\s+)?(?<number>\+?\d[\d\s-]{1,18}\d)$")]
    private static partial Regex TextLine();
}
