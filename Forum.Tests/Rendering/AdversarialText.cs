using System.Text;

namespace Forum.Tests.Rendering;

/// <summary>
/// Input built to be expensive rather than pretty: deep quote and list nesting, thousands of links and
/// emphasis runs in one paragraph, unclosed brackets, stray <c>&lt;</c>, a wide table. Deterministic.
/// </summary>
public static class AdversarialText
{
    private static readonly Func<Random, string>[] Pieces =
    [
        _ => new string('>', 2_000) + " deep\n\n",
        _ => string.Concat(Enumerable.Repeat("- ", 1_000)) + "deep list\n\n",
        r => string.Concat(Enumerable.Range(0, 200).Select(i => $"[link {i}](https://example.org/{r.Next()}) ")) + "\n\n",
        _ => string.Concat(Enumerable.Repeat("*a _b ", 300)) + "\n\n",
        _ => string.Concat(Enumerable.Repeat("[[[", 300)) + "\n\n",
        _ => string.Concat(Enumerable.Repeat("<a href=x onclick=y>", 100)) + "\n\n",
        _ => string.Concat(Enumerable.Repeat("|c", 200)) + "|\n" + string.Concat(Enumerable.Repeat("|-", 200)) + "|\n" + string.Concat(Enumerable.Repeat("|r\n", 300)) + "\n",
        _ => string.Concat(Enumerable.Repeat("**b** ", 300)) + "\n\n",
        _ => string.Concat(Enumerable.Repeat("&#106;&lt;`x", 200)) + "\n\n",
        _ => string.Concat(Enumerable.Repeat("www.example.org ", 150)) + "\n\n",
    ];

    public static string Build(int length, int seed = 11)
    {
        var random = new Random(seed);
        var text = new StringBuilder(length + 8_192);
        var next = 0;
        while (text.Length < length)
            text.Append(Pieces[next++ % Pieces.Length](random));
        return text.ToString(0, length);
    }
}
