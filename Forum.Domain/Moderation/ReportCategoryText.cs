namespace Forum.Domain.Moderation;

/// <summary>Stored spellings (reports.category, form values) and the words a reader chooses from.</summary>
public static class ReportCategoryText
{
    public const int MaxLength = 30;

    public static readonly IReadOnlyList<ReportCategory> All =
        [ReportCategory.AtRisk, ReportCategory.Harassment, ReportCategory.Spam, ReportCategory.HarmfulAdvice, ReportCategory.Other];

    public static string Of(ReportCategory category) => category switch
    {
        ReportCategory.AtRisk => "at_risk",
        ReportCategory.Harassment => "harassment",
        ReportCategory.Spam => "spam",
        ReportCategory.HarmfulAdvice => "harmful_advice",
        ReportCategory.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    public static bool TryParse(string? text, out ReportCategory category)
    {
        foreach (var candidate in All)
        {
            if (Of(candidate) != text) continue;
            category = candidate;
            return true;
        }
        category = default;
        return false;
    }

    public static ReportCategory Parse(string text) =>
        TryParse(text, out var category) ? category : throw new FormatException($"'{text}' is not a report category.");

    public static string Label(ReportCategory category) => category switch
    {
        ReportCategory.AtRisk => "Someone may be at risk",
        ReportCategory.Harassment => "Harassment or bullying",
        ReportCategory.Spam => "Spam or advertising",
        ReportCategory.HarmfulAdvice => "Harmful advice about treatment or medication",
        ReportCategory.Other => "Something else",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };
}
