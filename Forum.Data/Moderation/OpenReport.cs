namespace Forum.Data.Moderation;

/// <summary>An unresolved report, as the moderator reviewing the post sees it. Nothing about who made it exists to show.</summary>
public sealed record OpenReport(long Id, ReportCategory Category, string? Note, DateTimeOffset CreatedAt);
