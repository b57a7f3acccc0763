namespace Forum.Domain.Moderation;

/// <summary>What worries the reader about a post. <see cref="AtRisk"/> goes to the top of the queue.</summary>
public enum ReportCategory
{
    AtRisk,
    Harassment,
    Spam,
    HarmfulAdvice,
    Other,
}
