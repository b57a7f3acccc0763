namespace Forum.Domain.Rendering;

/// <summary>Turns a writer's Markdown into the sanitized HTML that readers are served.</summary>
public interface IPostRenderer
{
    /// <summary>Bumped whenever the output for the same source would change; older posts get re-rendered.</summary>
    int CurrentVersion { get; }

    PostBody Render(string source);
}
