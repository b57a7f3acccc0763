using System.Diagnostics;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Forum.Domain.Rendering;
using Forum.TestTexts;
using Markdig;

namespace Forum.Benchmarks;

/// <summary>The steps of one HtmlSanitizer call over a whole post's HTML, each alone, per growth shape.</summary>
public static class SanitizerAnatomy
{
    public static void Print(IReadOnlyCollection<string> only)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = true }, BrowsingContext.New(Configuration.Default));
        var untracked = new HtmlParser(new HtmlParserOptions { IsScripting = true, DisableElementPositionTracking = true }, BrowsingContext.New(Configuration.Default));
        Console.WriteLine("| shape | KB | parse | parse untracked | normalize | select * | walk by index | next-sibling walk | serialize | serialize child by child | load |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var (name, build) in GrowthShapes.All)
        {
            if (only.Count > 0 && !only.Any(o => name.Contains(o, StringComparison.Ordinal)))
                continue;
            foreach (var length in new[] { PostBody.MaxLength / 10, PostBody.MaxLength })
            {
                var html = MarkdownPostRenderer.Parse(build(length)).ToHtml(MarkdownPostRenderer.Pipeline);
                var source = "<!doctype html><html><body>" + html;
                var dom = parser.ParseDocument(source);
                var steps = new Action[]
                {
                    () => parser.ParseDocument(source).Dispose(),
                    () => untracked.ParseDocument(source).Dispose(),
                    () => parser.ParseDocument(source).Normalize(),
                    () => dom.Body!.QuerySelectorAll("*").ToList(),
                    () => WalkByIndex(dom.Body!),
                    () => WalkBySibling(dom.Body!),
                    () => dom.Body!.ChildNodes.ToHtml(),
                    () => SerializeByIndex(dom.Body!),
                };
                var fastest = steps.Select(_ => double.MaxValue).ToArray();
                var wall = Stopwatch.StartNew();
                while (wall.Elapsed < TimeSpan.FromSeconds(1.5))
                {
                    for (var i = 0; i < steps.Length; i++)
                        fastest[i] = Math.Min(fastest[i], ThreadCpuTime.Measure(steps[i]) / 1000);
                }
                fastest[2] -= fastest[0];
                var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];
                Console.WriteLine($"| {name} | {length / 1000} | {string.Join(" | ", fastest.Select(f => f.ToString("N2")))} | {load} |");
            }
        }
    }

    private static int SerializeByIndex(INode node)
    {
        var html = new System.Text.StringBuilder();
        var children = node.ChildNodes;
        for (var i = 0; i < children.Length; i++)
            html.Append(children[i].ToHtml());
        return html.Length;
    }

    private static int WalkByIndex(INode node)
    {
        var count = 1;
        var children = node.ChildNodes;
        for (var i = 0; i < children.Length; i++)
            count += WalkByIndex(children[i]);
        return count;
    }

    private static int WalkBySibling(INode node)
    {
        var count = 1;
        for (var child = node.FirstChild; child is not null; child = child.NextSibling)
            count += WalkBySibling(child);
        return count;
    }
}
