namespace Forum.Domain.Moderation;

/// <summary>Stored spellings (reports.category, form values) and the words a reader chooses from, in the order they see them.</summary>
public static class ReportCategoryText
{
    public const int MaxLength = 30;

    public static readonly StoredCodes<ReportCategory> Codes = new("report category",
        (ReportCategory.AtRisk, "at_risk", "Someone may be at risk"),
        (ReportCategory.Harassment, "harassment", "Harassment or bullying"),
        (ReportCategory.Spam, "spam", "Spam or advertising"),
        (ReportCategory.HarmfulAdvice, "harmful_advice", "Harmful advice about treatment or medication"),
        (ReportCategory.Other, "other", "Something else"));
}
