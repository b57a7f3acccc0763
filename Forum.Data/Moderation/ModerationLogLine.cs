namespace Forum.Data.Moderation;

/// <summary>
/// One log row as /mod/log shows it. <see cref="PseudonymName"/> is null when the action was not about a
/// pseudonym, and also when the pseudonym has since been burned (<see cref="PseudonymForgotten"/>).
/// </summary>
public sealed record ModerationLogLine(
    long Id,
    DateTimeOffset At,
    string ModeratorName,
    string Action,
    string TargetKind,
    long? TargetId,
    Guid? PseudonymId,
    string? PseudonymName,
    string Reason,
    string? Detail)
{
    public bool PseudonymForgotten => TargetKind == "pseudonym" && PseudonymId is null;
}
