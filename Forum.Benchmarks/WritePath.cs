using System.Diagnostics;
using Forum.Domain.Rendering;
using Forum.Domain.Safety.Risk;

namespace Forum.Benchmarks;

/// <summary>
/// `dotnet run -c Release --project Forum.Benchmarks -- write-path`: the CPU each in-process step of posting a reply
/// costs on scripts/bench's reply (bench.d/post.lua's text), one thread, after a warm-up: where the forum's part of
/// a written reply goes, beside what the whole request costs in the bench.
/// </summary>
internal static class WritePath
{
    // bench.d/post.lua's reply: five paragraphs and a list, then a distinct last line.
    private const string Paragraph = "Some days the **quiet** is the hardest part. I wake early, make tea, and sit with it instead of reaching for my phone. "
        + "It helped to write down three small things I managed each day, even when they were only *showering* or answering one message. "
        + "A friend from the group said that slow is still moving, and I keep coming back to that.\n\n";

    public static string Reply(int n) =>
        string.Concat(Enumerable.Repeat(Paragraph, 5)) + "- walk before breakfast\n- one call a day\n- lights out by eleven\n\n" + $"Day {Guid.NewGuid()} {n}";

    public static void Run()
    {
        Console.WriteLine($"load average: {File.ReadAllText("/proc/loadavg").Trim()}");
        var renderer = new MarkdownPostRenderer();
        var patterns = new RiskDetector([], useModel: false);
        var model = new RiskDetector([], useModel: true);
        Time("render + sanitize", n => renderer.Render(Reply(n)));
        Time("risk, patterns alone", n => patterns.Assess([Reply(n)]));
        Time("risk, patterns and model", n => model.Assess([Reply(n)]));
        Time("making the text (baseline)", n => Reply(n));
    }

    private static void Time(string name, Action<int> step)
    {
        for (var i = 0; i < 200; i++) step(i);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        const int n = 1000;
        for (var i = 0; i < n; i++) step(i);
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine($"{name,-28} {used.TotalMilliseconds / n,7:F3} ms CPU, {clock.Elapsed.TotalMilliseconds / n,7:F3} ms wall per reply");
    }
}
