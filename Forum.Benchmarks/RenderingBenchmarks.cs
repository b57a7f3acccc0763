using BenchmarkDotNet.Attributes;
using Forum.Domain.Rendering;
using Forum.TestTexts;
using Markdig;

namespace Forum.Benchmarks;

/// <summary>
/// Render + sanitize against Markdig alone, per input, so the sanitizer's cost reads as a ratio.
/// The adversarial input comes at two sizes to show that time grows linearly with length.
/// </summary>
[MemoryDiagnoser]
// The minimum beside the mean: on a shared machine it is the figure least moved by other work.
[MinColumn]
public class RenderingBenchmarks
{
    // Markdig alone: the site's own pipeline, and nothing after it.
    private static readonly MarkdownPipeline MarkdigOnly = MarkdownPostRenderer.Pipeline;

    private readonly MarkdownPostRenderer _renderer = new();
    private string _text = "";
    private string _limitedText = "";

    [Params("short post", "40k story", "10k adversarial", "40k adversarial")]
    public string Input { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _text = Inputs.Get(Input);
        // Markdig alone throws on the adversarial input (its depth limit), so the baseline gets the input
        // after the site's limits; for ordinary posts that is the very same string.
        _limitedText = MarkdownLimits.Apply(_text);
    }

    [Benchmark(Baseline = true)]
    public string Markdig() => Markdown.ToHtml(_limitedText, MarkdigOnly);

    [Benchmark]
    public string RenderAndSanitize() => _renderer.Render(_text).Html;
}
