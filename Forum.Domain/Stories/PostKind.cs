namespace Forum.Domain.Stories;

/// <summary>What a reaction is attached to. Stored, and written in URLs, as <see cref="PostKindText"/> spells it.</summary>
public enum PostKind
{
    Story,
    Reply,
}
