using AngleSharp;
using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using Forum.Domain.Rendering;
using Ganss.Xss;
using Markdig;

namespace Forum.Benchmarks;

/// <summary>
/// Where sanitizing's time goes, on the HTML Markdig makes of each input: AngleSharp parsing and writing it back
/// (the floor under any AngleSharp-based sanitizer), HtmlSanitizer with its defaults (its parser builds the CSS
/// object model), and the site's configuration of it (no CSS in the parser, the policy's event handlers).
/// </summary>
[MemoryDiagnoser]
// The minimum beside the mean: on a shared machine it is the figure least moved by other work.
[MinColumn]
public class SanitizerBenchmarks
{
    private static readonly HtmlParser PlainParser = new(new HtmlParserOptions { IsScripting = true }, BrowsingContext.New(Configuration.Default));

    private readonly HtmlSanitizer _defaults = new();
    private readonly PostSanitizer _site = new();
    private string _html = "";

    [Params("short post", "40k story")]
    public string Input { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _html = Markdown.ToHtml(Inputs.Get(Input), MarkdownPostRenderer.Pipeline);

    [Benchmark(Baseline = true)]
    public string ParseAndWrite()
    {
        using var document = PlainParser.ParseDocument("<!doctype html><html><body>" + _html);
        return document.Body!.ChildNodes.ToHtml(HtmlFormatter.Instance);
    }

    [Benchmark]
    public string HtmlSanitizerDefaults() => _defaults.Sanitize(_html);

    [Benchmark]
    public string SitePolicy() => _site.Sanitize(_html);
}
