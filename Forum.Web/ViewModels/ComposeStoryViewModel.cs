namespace Forum.Web.ViewModels;

/// <param name="WritingAs">Null when posting will make a new pseudonym; the form says so.</param>
/// <param name="PreviewHtml">The body as it will be published, when the writer asked for a preview.</param>
public sealed record ComposeStoryViewModel(RoomSummary Room, StoryDraft Draft, Pseudonym? WritingAs, string? PreviewHtml = null);
