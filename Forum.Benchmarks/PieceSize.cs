using System.Diagnostics;
using Forum.Domain.Rendering;
using Forum.TestTexts;

namespace Forum.Benchmarks;

/// <summary>One sanitizer call's cost per sibling, by the number of siblings in the piece.</summary>
public static class PieceSize
{
    public static void Print()
    {
        var sanitizer = new PostSanitizer();
        Console.WriteLine("| siblings | µs per call | µs per sibling | load |");
        foreach (var n in new[] { 1, 8, 16, 32, 64, 128, 256, 512, 1024 })
        {
            var html = "<p>" + string.Concat(Enumerable.Repeat("ab<br>\n", n)) + "</p>";
            var fastest = double.MaxValue;
            var wall = Stopwatch.StartNew();
            while (wall.Elapsed < TimeSpan.FromSeconds(1))
                fastest = Math.Min(fastest, ThreadCpuTime.Measure(() => sanitizer.Sanitize(html)));
            Console.WriteLine($"| {n} | {fastest:N1} | {fastest / n:N2} | {File.ReadAllText("/proc/loadavg").Split(' ')[0]} |");
        }
    }
}
