namespace Forum.Domain.Validation;

/// <summary>What a writer submits to reply to a story, before it is checked.</summary>
public sealed class ReplyDraft
{
    public string Body { get; set => field = value ?? ""; } = "";
}
