namespace Forum.Domain.Moderation;

/// <summary>
/// One line of the append-only moderation log: who did what to which post or pseudonym, why, and when. Added
/// to the same unit of work as the change it records, so both are saved or neither (see ModerationSaving).
/// Never holds the text of a post: removed text is purged after the retention window, and the log must not
/// keep a copy.
/// </summary>
public sealed class ModerationLogEntry
{
    public const int DetailMaxLength = 200;

    private ModerationLogEntry() { }

    public long Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public int ModeratorId { get; private set; }
    public string Action { get; private set; } = "";
    public string TargetKind { get; private set; } = "";
    public long? TargetId { get; private set; }
    public Guid? PseudonymId { get; private set; }
    public string Reason { get; private set; } = "";

    /// <summary>A short, text-free particular of the action: a ban's end, the room a story moved to, a report's outcome.</summary>
    public string? Detail { get; private set; }

    public static ModerationLogEntry Record(
        int moderatorId, string action, ModerationTarget target, ModerationReason reason, DateTimeOffset now, string? detail = null)
    {
        if (string.IsNullOrWhiteSpace(action) || action.Length > ModerationActions.MaxLength)
            throw new ArgumentException("An action is a short name such as lock_thread.", nameof(action));
        return new ModerationLogEntry
        {
            At = now,
            ModeratorId = moderatorId,
            Action = action,
            TargetKind = target.Kind,
            TargetId = target.Id,
            PseudonymId = target.PseudonymId,
            Reason = reason.Text,
            Detail = detail is null ? null : Truncate(PlainText.Note(detail), DetailMaxLength),
        };
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
