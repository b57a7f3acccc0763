namespace Forum.Domain.Reactions;

/// <summary>The stored spelling of each reaction kind, written out for the same reason as <see cref="PostKindText"/>.</summary>
public static class ReactionKindText
{
    public const int MaxLength = 20;

    public static string Of(ReactionKind kind) => kind switch
    {
        ReactionKind.Familiar => "familiar",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static ReactionKind Parse(string text) => text switch
    {
        "familiar" => ReactionKind.Familiar,
        _ => throw new FormatException($"'{text}' is not a kind of reaction."),
    };
}
