using System.Diagnostics;
using Forum.Domain.Rendering;
using Markdig;

namespace Forum.Benchmarks;

/// <summary>
/// Markdig alone and render + sanitize, called by turns on one thread, for a machine that other work keeps
/// busy. BenchmarkDotNet measures one method after the other, minutes apart, and the machine's load can
/// change between them; by turns, both see the same moments, and the fastest call of each is the one least
/// slowed by anything else.
/// </summary>
public static class InterleavedTimes
{
    private static readonly TimeSpan PerInput = TimeSpan.FromSeconds(6);

    public static void Print(IEnumerable<string> inputNames)
    {
        var renderer = new MarkdownPostRenderer();
        Console.WriteLine("| input | characters | calls each | Markdig alone, fastest µs | render + sanitize, fastest µs | ratio of fastest | ratio of medians |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var name in inputNames)
        {
            var text = Inputs.Get(name);
            var limited = MarkdownLimits.Apply(text);
            var markdig = new List<double>();
            var full = new List<double>();
            for (var i = 0; i < 10; i++)
            {
                Markdown.ToHtml(limited, MarkdownPostRenderer.Pipeline);
                renderer.Render(text);
            }
            var wall = Stopwatch.StartNew();
            while (wall.Elapsed < PerInput)
            {
                markdig.Add(Time(() => Markdown.ToHtml(limited, MarkdownPostRenderer.Pipeline)));
                full.Add(Time(() => renderer.Render(text)));
            }
            Console.WriteLine($"| {name} | {text.Length:N0} | {markdig.Count:N0} | {markdig.Min():N1} | {full.Min():N1} | {full.Min() / markdig.Min():N2} | {Median(full) / Median(markdig):N2} |");
        }
    }

    private static double Time(Action render)
    {
        var start = Stopwatch.GetTimestamp();
        render();
        return Stopwatch.GetElapsedTime(start).TotalMicroseconds;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
