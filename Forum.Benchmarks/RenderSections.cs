using System.Diagnostics;
using AngleSharp;
using AngleSharp.Html.Parser;
using Forum.Domain.Rendering;
using Forum.TestTexts;
using Markdig;

namespace Forum.Benchmarks;

/// <summary>
/// Where a render's time goes, per growth shape at 4 KB and 40 KB: each step alone, by turns, on the thread's
/// CPU clock, fastest call of each. The steps are those <see cref="MarkdownPostRenderer.Render"/> runs.
/// </summary>
public static class RenderSections
{
    private static readonly TimeSpan PerShape = TimeSpan.FromSeconds(2);

    public static void Print(IReadOnlyCollection<string> only)
    {
        var renderer = new MarkdownPostRenderer();
        var sanitizer = new PostSanitizer();
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = true }, BrowsingContext.New(Configuration.Default));
        Console.WriteLine("| shape | KB | Markdig alone | limits | parse + fixes | write HTML | pieces (write + sanitize) | sanitize whole | AngleSharp parse whole | full render | load |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var (name, build) in GrowthShapes.All)
        {
            if (only.Count > 0 && !only.Any(o => name.Contains(o, StringComparison.Ordinal)))
                continue;
            foreach (var length in new[] { PostBody.MaxLength / 10, PostBody.MaxLength })
            {
                var text = build(length);
                var limited = MarkdownLimits.Apply(text);
                var document = MarkdownPostRenderer.Parse(text);
                var html = document.ToHtml(MarkdownPostRenderer.Pipeline);
                var steps = new (string Name, Action Work)[]
                {
                    ("markdig", () => Markdown.ToHtml(limited, MarkdownPostRenderer.Pipeline)),
                    ("limits", () => MarkdownLimits.Apply(text)),
                    ("parse", () => MarkdownPostRenderer.Parse(text)),
                    ("write", () => document.ToHtml(MarkdownPostRenderer.Pipeline)),
                    ("pieces", () => SanitizedPieces.Render(document, sanitizer)),
                    ("whole", () => sanitizer.Sanitize(html)),
                    ("angle", () => parser.ParseDocument("<!doctype html><html><body>" + html).Dispose()),
                    ("render", () => renderer.Render(text)),
                };
                var fastest = steps.Select(_ => double.MaxValue).ToArray();
                var wall = Stopwatch.StartNew();
                while (wall.Elapsed < PerShape)
                {
                    for (var i = 0; i < steps.Length; i++)
                        fastest[i] = Math.Min(fastest[i], ThreadCpuTime.Measure(steps[i].Work) / 1000);
                }
                var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];
                Console.WriteLine($"| {name} | {length / 1000} | {string.Join(" | ", fastest.Select(f => f.ToString("N2")))} | {load} |");
            }
        }
    }
}
