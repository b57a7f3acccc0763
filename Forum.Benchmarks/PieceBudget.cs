using System.Diagnostics;
using Forum.Domain.Rendering;
using Forum.TestTexts;
using Markdig;

namespace Forum.Benchmarks;

/// <summary>Sanitizing in pieces at 40 KB, by the siblings allowed per piece, each budget by turns.</summary>
public static class PieceBudget
{
    public static void Print(IReadOnlyCollection<string> only)
    {
        var sanitizer = new PostSanitizer();
        int[] budgets = [64, 192, 256, 384];
        Console.WriteLine($"| shape | Markdig alone | {string.Join(" | ", budgets)} | load |");
        foreach (var (name, build) in GrowthShapes.All)
        {
            if (only.Count > 0 && !only.Any(o => name.Contains(o, StringComparison.Ordinal)))
                continue;
            var text = build(PostBody.MaxLength);
            var limited = MarkdownLimits.Apply(text);
            var document = MarkdownPostRenderer.Parse(text);
            var fastest = new double[budgets.Length + 1];
            Array.Fill(fastest, double.MaxValue);
            var wall = Stopwatch.StartNew();
            while (wall.Elapsed < TimeSpan.FromSeconds(3))
            {
                fastest[0] = Math.Min(fastest[0], ThreadCpuTime.Measure(() => Markdown.ToHtml(limited, MarkdownPostRenderer.Pipeline)) / 1000);
                for (var i = 0; i < budgets.Length; i++)
                {
                    var budget = budgets[i];
                    fastest[i + 1] = Math.Min(fastest[i + 1], ThreadCpuTime.Measure(() => SanitizedPieces.Render(document, sanitizer.SanitizePiece, budget)) / 1000);
                }
            }
            Console.WriteLine($"| {name} | {string.Join(" | ", fastest.Select(f => f.ToString("N2")))} | {File.ReadAllText("/proc/loadavg").Split(' ')[0]} |");
        }
    }
}
