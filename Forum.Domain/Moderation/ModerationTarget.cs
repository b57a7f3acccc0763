namespace Forum.Domain.Moderation;

/// <summary>
/// What an action was done to. A pseudonym is named only by its id, which a burn sets to null in the log
/// (see 0005_moderation.sql), so a burned pseudonym leaves nothing that points at it.
/// </summary>
public sealed record ModerationTarget(string Kind, long? Id, Guid? PseudonymId)
{
    public const int KindMaxLength = 20;

    public static ModerationTarget Story(long id) => new("thread", id, null);
    public static ModerationTarget Reply(long id) => new("reply", id, null);
    public static ModerationTarget Post(PostKind kind, long id) => kind == PostKind.Story ? Story(id) : Reply(id);
    public static ModerationTarget Pseudonym(Guid id) => new("pseudonym", null, id);
    public static ModerationTarget Report(long id) => new("report", id, null);
    public static ModerationTarget Room(long id) => new("room", id, null);
}
