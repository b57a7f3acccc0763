namespace Forum.Domain.Safety;

/// <summary>
/// The short codes kept in the database, forms and cookies, and the words people read. Written out rather than
/// derived from the enum names, so that renaming a member can never rename stored data.
/// </summary>
public static class ContentWarningText
{
    public const int CodeMaxLength = 20;

    public static readonly IReadOnlyList<ContentWarning> All = Enum.GetValues<ContentWarning>();

    public static string Code(ContentWarning warning) => warning switch
    {
        ContentWarning.Suicide => "suicide",
        ContentWarning.SelfHarm => "self-harm",
        ContentWarning.SubstanceUse => "substance-use",
        ContentWarning.Relapse => "relapse",
        ContentWarning.AbuseAndTrauma => "abuse-trauma",
        ContentWarning.EatingAndBody => "eating-body",
        ContentWarning.DeathAndGrief => "death-grief",
        ContentWarning.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(warning), warning, null),
    };

    public static string Label(ContentWarning warning) => warning switch
    {
        ContentWarning.Suicide => "Suicide",
        ContentWarning.SelfHarm => "Self-harm",
        ContentWarning.SubstanceUse => "Substance use in detail",
        ContentWarning.Relapse => "Relapse",
        ContentWarning.AbuseAndTrauma => "Abuse and trauma",
        ContentWarning.EatingAndBody => "Eating and body",
        ContentWarning.DeathAndGrief => "Death and grief",
        ContentWarning.Other => "Something else",
        _ => throw new ArgumentOutOfRangeException(nameof(warning), warning, null),
    };

    public static bool TryParse(string? code, out ContentWarning warning)
    {
        foreach (var candidate in All)
        {
            if (Code(candidate) != code) continue;
            warning = candidate;
            return true;
        }
        warning = default;
        return false;
    }
}
