using AngleSharp.Dom;
using Ganss.Xss;

namespace Forum.Domain.Rendering;

/// <summary>
/// HtmlSanitizer's formatter, writing a carriage return as a character reference. A parser turns every raw
/// CR into a line feed before it reads anything, so a CR that came from <c>&amp;#13;</c> and was written raw
/// would read back as a different text: the sanitized HTML would not be a fixed point.
/// </summary>
internal sealed class PostHtmlFormatter : HtmlFormatter
{
    public static new readonly PostHtmlFormatter Instance = new();

    private const string CarriageReturn = "&#13;";

    public override string Text(ICharacterData text) =>
        base.Text(text).Replace("\r", CarriageReturn, StringComparison.Ordinal);

    protected override string Attribute(IAttr attr) =>
        base.Attribute(attr).Replace("\r", CarriageReturn, StringComparison.Ordinal);
}
