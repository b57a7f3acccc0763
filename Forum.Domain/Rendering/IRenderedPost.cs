namespace Forum.Domain.Rendering;

/// <summary>A post that stores its source beside the HTML rendered from it: a story or a reply.</summary>
public interface IRenderedPost
{
    long Id { get; }
    string BodySource { get; }
    int RenderVersion { get; }

    void Rerender(PostBody body);
}
