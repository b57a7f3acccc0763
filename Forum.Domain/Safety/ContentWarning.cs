namespace Forum.Domain.Safety;

/// <summary>
/// The fixed kinds of content a writer can warn about. Stored, and written in forms and the reader's cookie, as
/// <see cref="ContentWarningText"/> spells them; <see cref="Other"/> always comes with a short label of the writer's own.
/// </summary>
public enum ContentWarning
{
    Suicide,
    SelfHarm,
    SubstanceUse,
    Relapse,
    AbuseAndTrauma,
    EatingAndBody,
    DeathAndGrief,
    Other,
}
