namespace Forum.Domain.Reactions;

/// <summary>What a reaction is attached to. Stored, and written in URLs, as <see cref="PostKindText"/> spells it.</summary>
public enum PostKind
{
    Thread,
    Reply,
}
