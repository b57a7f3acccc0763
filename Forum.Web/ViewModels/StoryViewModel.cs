namespace Forum.Web.ViewModels;

/// <param name="HeldIds">The pseudonyms this browser holds, so the writer's own posts offer edit and delete.</param>
/// <param name="DraftReturned">The page answers a reply that was sent (a preview, or a refusal): its words must be on it.</param>
public sealed record StoryViewModel(
    StoryPage Page, ReplyDraft Draft, Pseudonym? WritingAs, IReadOnlyList<Guid> HeldIds, string? PreviewHtml = null, bool DraftReturned = false)
{
    public bool IsOwn(Guid? authorId) => authorId is { } id && HeldIds.Contains(id);

    /// <summary>Whether the reply form can be offered at all; when it can't, a returned draft is shown to be kept instead.</summary>
    public bool CanReply(DateTimeOffset now) =>
        Page.Story is { IsDeletedByWriter: false, IsLocked: false, IsHeld: false } && WritingAs?.IsBanned(now) != true;
}
