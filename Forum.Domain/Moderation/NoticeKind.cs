namespace Forum.Domain.Moderation;

/// <summary>What a notice from the moderators is about: their own message, a post taken down (or not published), a post put back, or a ban.</summary>
public enum NoticeKind
{
    Message,
    Removal,
    Ban,
    Restoral,
}

/// <summary>Stored spellings (moderator_notices.kind) and the heading the notice's reader sees.</summary>
public static class NoticeKindText
{
    public const int MaxLength = 20;

    public static readonly StoredCodes<NoticeKind> Codes = new("notice kind",
        (NoticeKind.Message, "message", "A message from the moderators"),
        (NoticeKind.Removal, "removal", "A message from the moderators about something you wrote"),
        (NoticeKind.Ban, "ban", "A message from the moderators about this name"),
        (NoticeKind.Restoral, "restoral", "A message from the moderators about something you wrote"));
}
