using System.Text;

namespace Forum.TestTexts;

/// <summary>
/// Texts made of one shape repeated, each at any length: the same shape at two lengths shows whether the cost of
/// rendering grows with the text or faster. The first are the shapes issue 28 measured as superlinear; the
/// rest are the pieces of <see cref="AdversarialText"/>, each alone (the mix itself changes with its
/// length), and an ordinary story.
/// </summary>
public static class GrowthShapes
{
    public static readonly IReadOnlyDictionary<string, Func<int, string>> All = new Dictionary<string, Func<int, string>>
    {
        ["hard breaks"] = n => Fill("ab\\\n", n),
        ["list items"] = n => Fill("- a\n", n),
        ["loose list items"] = n => Fill("- a\n\n", n),
        ["backtick runs"] = n => Fill("`a` ", n),
        ["unclosed backticks"] = n => Fill("`` a ", n),
        ["quote lines"] = n => Fill("> a\n", n),
        ["table rows"] = n => "|a|b|\n|-|-|\n" + Fill("|c|d|\n", n),
        ["paragraphs"] = n => Fill("ab\n\n", n),
        ["links"] = n => Fill("[a](b) ", n),
        ["emphasis"] = n => Fill("**b** ", n),
        ["angle brackets"] = n => Fill("<a href=x onclick=y>", n),
        ["entities"] = n => Fill("&#106;&lt;`x", n),
        ["www links"] = n => Fill("www.example.org ", n),
        ["deep quotes"] = n => Fill(new string('>', 40) + " deep\n", n),
        ["deep lists"] = n => Fill(string.Concat(Enumerable.Repeat("- ", 30)) + "deep\n", n),
        ["unclosed brackets"] = n => Fill("[[[", n),
        ["wide table"] = n => Fill("|c", 16) + "|\n" + Fill("|-", 16) + "|\n" + Fill("|r\n", n),
        ["story"] = n => StoryText.Build(n),
    };

    private static string Fill(string piece, int length)
    {
        var text = new StringBuilder(length + piece.Length);
        while (text.Length < length)
            text.Append(piece);
        return text.ToString(0, length);
    }
}
