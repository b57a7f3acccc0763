using System.Text;

namespace Forum.TestTexts;

/// <summary>
/// Input built to be expensive rather than pretty: deep quote and list nesting, hundreds of links and
/// emphasis runs in one paragraph, unclosed brackets, stray <c>&lt;</c>, a wide table. Every piece grows with
/// the requested length, so the same mix at two lengths shows whether cost grows linearly. Deterministic.
/// </summary>
public static class AdversarialText
{
    private static readonly Func<Random, int, string>[] Pieces =
    [
        (_, n) => new string('>', 800 * n) + " deep\n\n",
        (_, n) => Repeat("- ", 400 * n) + "deep list\n\n",
        (r, n) => string.Concat(Enumerable.Range(0, 80 * n).Select(i => $"[link {i}](https://example.org/{r.Next()}) ")) + "\n\n",
        (_, n) => Repeat("*a _b ", 120 * n) + "\n\n",
        (_, n) => Repeat("[[[", 120 * n) + "\n\n",
        (_, n) => Repeat("<a href=x onclick=y>", 40 * n) + "\n\n",
        (_, n) => Repeat("|c", 16) + "|\n" + Repeat("|-", 16) + "|\n" + Repeat("|r\n", 120 * n) + "\n",
        (_, n) => Repeat("**b** ", 120 * n) + "\n\n",
        (_, n) => Repeat("&#106;&lt;`x", 80 * n) + "\n\n",
        (_, n) => Repeat("www.example.org ", 60 * n) + "\n\n",
    ];

    /// <param name="length">Characters wanted; pieces are sized for a tenth of it each.</param>
    public static string Build(int length, int seed = 11)
    {
        var random = new Random(seed);
        var scale = Math.Max(1, length / 10_000);
        var text = new StringBuilder(length + 16_384);
        var next = 0;
        while (text.Length < length)
            text.Append(Pieces[next++ % Pieces.Length](random, scale));
        return text.ToString(0, length);
    }

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));
}
