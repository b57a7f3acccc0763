namespace Forum.Web.ViewModels;

/// <param name="HeldIds">The pseudonyms this browser holds, so the writer's own posts offer edit and delete.</param>
public sealed record ThreadViewModel(ThreadPage Page, ReplyDraft Draft, Pseudonym? WritingAs, IReadOnlyList<Guid> HeldIds, string? PreviewHtml = null)
{
    public bool IsOwn(Guid? authorId) => authorId is { } id && HeldIds.Contains(id);
}
