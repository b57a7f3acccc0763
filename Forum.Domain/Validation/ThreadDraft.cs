namespace Forum.Domain.Validation;

/// <summary>What a writer submits to start a story, before it is checked.</summary>
public sealed class ThreadDraft
{
    public string Room { get; set; } = "";
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
}
