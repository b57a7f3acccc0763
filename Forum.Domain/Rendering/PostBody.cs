namespace Forum.Domain.Rendering;

/// <summary>
/// A post's text as the writer typed it, beside the sanitized HTML made from it once, at write time.
/// The version says which rendering policy produced the HTML, so old posts can be re-rendered.
/// </summary>
public sealed record PostBody(string Source, string Html, int RenderVersion)
{
    public const int MaxLength = 40_000;
}
