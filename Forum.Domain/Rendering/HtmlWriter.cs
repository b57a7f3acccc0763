using System.Text;

namespace Forum.Domain.Rendering;

/// <summary>
/// Writes HTML that an HTML5 parser reads back into the same tree, which is what makes sanitizing idempotent.
/// </summary>
internal sealed class HtmlWriter(StringBuilder output)
{
    // The parser drops one newline straight after <pre>; text that starts with one needs it written twice.
    private bool _atStartOfPre;

    public void StartTagOpen(string name)
    {
        _atStartOfPre = false;
        output.Append('<').Append(name);
    }

    public void Attribute(string name, string value)
    {
        output.Append(' ').Append(name).Append("=\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '&': output.Append("&amp;"); break;
                case '"': output.Append("&quot;"); break;
                case '<': output.Append("&lt;"); break;
                case '>': output.Append("&gt;"); break;
                case '\u00a0': output.Append("&nbsp;"); break;
                default: output.Append(c); break;
            }
        }
        output.Append('"');
    }

    public void StartTagClose(string name)
    {
        output.Append('>');
        _atStartOfPre = name == "pre";
    }

    public void EndTag(string name)
    {
        _atStartOfPre = false;
        output.Append("</").Append(name).Append('>');
    }

    public void Text(string text)
    {
        if (text.Length == 0)
            return;
        if (_atStartOfPre && text[0] == '\n')
            output.Append('\n');
        _atStartOfPre = false;
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': output.Append("&amp;"); break;
                case '<': output.Append("&lt;"); break;
                case '>': output.Append("&gt;"); break;
                case '\u00a0': output.Append("&nbsp;"); break;
                default: output.Append(c); break;
            }
        }
    }
}
