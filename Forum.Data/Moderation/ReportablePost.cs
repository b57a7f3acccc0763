namespace Forum.Data.Moderation;

/// <summary>The story a reported post belongs to, to head the report page and to go back to.</summary>
public sealed record ReportablePost(long StoryId, string Slug, string Title);
