namespace Forum.Domain.Reactions;

/// <summary>Stored spellings of reactions.kind.</summary>
public static class ReactionKindText
{
    public const int MaxLength = 20;

    public static readonly StoredCodes<ReactionKind> Codes = new("kind of reaction",
        (ReactionKind.Familiar, "familiar", "This feels familiar"));
}
