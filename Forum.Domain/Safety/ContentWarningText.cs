namespace Forum.Domain.Safety;

/// <summary>The short codes kept in the database, forms and cookies, and the words people read (<see cref="StoredCodes{TEnum}"/>).</summary>
public static class ContentWarningText
{
    public const int CodeMaxLength = 20;

    public static readonly StoredCodes<ContentWarning> Codes = new("content warning",
        (ContentWarning.Suicide, "suicide", "Suicide"),
        (ContentWarning.SelfHarm, "self-harm", "Self-harm"),
        (ContentWarning.SubstanceUse, "substance-use", "Substance use in detail"),
        (ContentWarning.Relapse, "relapse", "Relapse"),
        (ContentWarning.AbuseAndTrauma, "abuse-trauma", "Abuse and trauma"),
        (ContentWarning.EatingAndBody, "eating-body", "Eating and body"),
        (ContentWarning.DeathAndGrief, "death-grief", "Death and grief"),
        (ContentWarning.Other, "other", "Something else"));
}
