using Markdig;

namespace Forum.Domain.Rendering;

/// <summary>
/// Markdig with raw HTML disabled, then an allowlist sanitizer over the decoded output.
/// Markdig is not a sanitizer (its own documentation says so), so the sanitizer always has the last word.
/// </summary>
public sealed class MarkdownPostRenderer : IPostRenderer
{
    // Pipelines are thread-safe once built; build it once for the whole process.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseAutoLinks()
        .UseListExtras()
        .Build();

    private readonly PostSanitizer _sanitizer = new();

    public int CurrentVersion => 1;

    public PostBody Render(string source)
    {
        var html = Markdown.ToHtml(source, Pipeline);
        return new PostBody(source, _sanitizer.Sanitize(html), CurrentVersion);
    }
}
