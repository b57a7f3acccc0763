using System.Diagnostics;
using Forum.Domain;
using Forum.Domain.Rendering;
using Forum.TestTexts;
using Markdig;

namespace Forum.Benchmarks;

/// <summary>
/// Each growth shape at 4 KB and 40 KB, Markdig alone and render + sanitize, called by turns so that both
/// see the same moments of a shared machine. Times are the thread's CPU time, so waiting for a core does not
/// count, and the fastest call of each is the figure least moved by other work.
/// </summary>
public static class Growth
{
    private static readonly TimeSpan PerShape = TimeSpan.FromSeconds(3);

    /// <param name="only">Parts of shape names to run; all shapes when empty.</param>
    public static void Print(IReadOnlyCollection<string> only)
    {
        var renderer = new MarkdownPostRenderer();
        var sanitizer = new PostSanitizer();
        Console.WriteLine("| shape | Markdig 4 KB, ms | Markdig 40 KB, ms | render 4 KB, ms | render 40 KB, ms | ×10 input | vs Markdig | cut at 64 (before), 40 KB, ms | vs Markdig | load |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (name, build) in GrowthShapes.All)
        {
            if (only.Count > 0 && !only.Any(o => name.Contains(o, StringComparison.Ordinal)))
                continue;
            var small = build(PostBody.MaxLength / 10);
            var large = build(PostBody.MaxLength);
            var limited = MarkdownLimits.Apply(large);
            var limitedSmall = MarkdownLimits.Apply(small);
            double markdigSmall = double.MaxValue, markdig = double.MaxValue, renderSmall = double.MaxValue, renderLarge = double.MaxValue, before = double.MaxValue;
            var wall = Stopwatch.StartNew();
            while (wall.Elapsed < PerShape)
            {
                markdig = Math.Min(markdig, ThreadCpuTime.Measure(() => Markdown.ToHtml(limited, MarkdownPostRenderer.Pipeline)) / 1000);
                markdigSmall = Math.Min(markdigSmall, ThreadCpuTime.Measure(() => Markdown.ToHtml(limitedSmall, MarkdownPostRenderer.Pipeline)) / 1000);
                renderSmall = Math.Min(renderSmall, ThreadCpuTime.Measure(() => renderer.Render(small)) / 1000);
                renderLarge = Math.Min(renderLarge, ThreadCpuTime.Measure(() => renderer.Render(large)) / 1000);
                // The render as it was before version 5: the same steps, the sanitizer called every 64 siblings.
                before = Math.Min(before, ThreadCpuTime.Measure(() => SanitizedPieces.Render(MarkdownPostRenderer.Parse(PlainText.Storable(large)), sanitizer.SanitizePiece, 64)) / 1000);
            }
            var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            Console.WriteLine($"| {name} | {markdigSmall:N2} | {markdig:N2} | {renderSmall:N2} | {renderLarge:N2} | {renderLarge / renderSmall:N1} | {renderLarge / markdig:N1} | {before:N2} | {before / markdig:N1} | {load} |");
        }
    }

}
