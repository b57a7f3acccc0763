namespace Forum.Domain.Validation;

/// <summary>A writer's changed text for one of their posts; a story also has its title.</summary>
public sealed class PostEditDraft
{
    public string Title { get; set => field = value ?? ""; } = "";
    public string Body { get; set => field = value ?? ""; } = "";
}
