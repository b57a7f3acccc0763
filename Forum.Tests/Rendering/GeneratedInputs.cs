using System.Text;

namespace Forum.Tests.Rendering;

/// <summary>Random mixes of Markdown syntax, HTML fragments, entities and control characters, from a seed.</summary>
public static class GeneratedInputs
{
    private static readonly string[] Markdown =
    [
        "# ", "### ", "> ", ">", "- ", "* ", "+ ", "1. ", "a. ", "  ", "    ", "\t", "**", "*", "_", "__", "~~", "~", "^",
        "++", "==", "`", "``", "```", "```js\n", "~~~", "[", "]", "](", ")", "![", "[x]: ", "(", "\\", "|", "|---|", "---",
        "===", "<", ">", "&", "\n", "\n\n", "\r\n", "{onclick=alert(1)}", "{#id .class}", "https://example.org/x",
        "www.example.org", "mailto:a@example.org", "javascript:alert(1)", "data:text/html,x", "//evil.example",
    ];

    private static readonly string[] Html =
    [
        "<script>", "</script>", "<a href=\"javascript:alert(1)\">", "<a href=x>", "</a>", "<img src=x onerror=alert(1)>",
        "<svg>", "</svg>", "<math>", "<mi>", "<style>", "</style>", "<table>", "<tr>", "<td>", "</td>", "<th>", "<tbody>",
        "<tfoot>", "<caption>", "<colgroup>", "<pre>", "</pre>", "<listing>", "<!--", "-->", "<![CDATA[", "]]>", "<p>",
        "</p>", "<b>", "</b>", "<i>", "</i>", "<div>", "</div>", "<select>", "<option>", "<template>", "<noscript>",
        "<textarea>", "</textarea>", "<xmp>", "<plaintext>", "<marquee>", "<object>", "<applet>", "<form>", "<button>",
        "<input>", "<iframe>", "<frameset>", "<base href=x>", "<meta>", "<title>", "<head>", "<body>", "<html>",
        "<code class=\"language-js\">", "<code class=x>", "<ol start=3 type=a>", "<ol start=x>", "<li>", "<ul>",
        "<h1>", "<h3 id=x>", "<blockquote cite=x>", "<br>", "<hr>", "<em style=x>", "<sub>", "<font>", "<center>",
        "<a rel=opener>", "<a href=\"&#106;avascript:x\">", "<a href=\" java\tscript:x\">", "<nobr>", "<applet>", "<ruby>",
        "<rt>", "<dl>", "<dd>", "<frame>", "<image>", "<isindex>", "<keygen>", "<math><mtext><table><mglyph><style>",
        "<svg><foreignObject>", "<?x?>", "</", "<!doctype html>", "=\"", "\"", "'",
    ];

    private static readonly string[] Entities =
    [
        "&amp;", "&lt;", "&gt;", "&quot;", "&nbsp;", "&#0;", "&#x0;", "&#106;", "&#x6A;", "&#xD800;", "&#x1F600;", "&#",
        "&#x", "&Tab;", "&NewLine;", "&colon;", "&unknown;", "&amp", "&#9999999999;",
    ];

    private static readonly char[] Controls =
    [
        '\0', '\u0001', '\u0008', '\t', '\n', '\u000B', '\u000C', '\r', '\u001F', '\u007F', '\u0085', '\u00A0', '\u200B',
        '\u2028', '\u2029', '\uFEFF', '\uD800', '\uDFFF', '\uFFFD', '\uFFFF',
    ];

    private static readonly string[] Words = ["hello", "one day", "a", "x", "sober", "écrit", "日本", "🙂", " ", "1"];

    public static IEnumerable<string> Create(int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
            yield return Next(random);
    }

    private static string Next(Random random)
    {
        var pieces = random.Next(0, random.Next(4) == 0 ? 400 : 60);
        var text = new StringBuilder();
        for (var i = 0; i < pieces; i++)
        {
            switch (random.Next(10))
            {
                case < 3: text.Append(Markdown[random.Next(Markdown.Length)]); break;
                case < 6: text.Append(Html[random.Next(Html.Length)]); break;
                case 6: text.Append(Entities[random.Next(Entities.Length)]); break;
                case 7: text.Append(Controls[random.Next(Controls.Length)]); break;
                case 8: text.Append((char)random.Next(0x20, 0x7F)); break;
                default: text.Append(Words[random.Next(Words.Length)]); break;
            }
        }
        return text.ToString();
    }
}
