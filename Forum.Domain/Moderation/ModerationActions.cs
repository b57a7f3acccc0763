namespace Forum.Domain.Moderation;

/// <summary>
/// The actions the log records, spelled as stored. Strings rather than an enum so that another part of the
/// forum (room management, content warnings) can add its own without touching this list or the schema.
/// </summary>
public static class ModerationActions
{
    public const int MaxLength = 40;

    public const string LockStory = "lock_thread";
    public const string UnlockStory = "unlock_thread";
    public const string PinStory = "pin_thread";
    public const string UnpinStory = "unpin_thread";
    public const string MoveStory = "move_thread";
    public const string RemoveStory = "remove_thread";
    public const string RestoreStory = "restore_thread";
    public const string RemoveReply = "remove_reply";
    public const string RestoreReply = "restore_reply";
    public const string ApproveHeld = "approve_held";
    public const string RejectHeld = "reject_held";
    public const string BanPseudonym = "ban_pseudonym";
    public const string UnbanPseudonym = "unban_pseudonym";
    public const string GrantBadge = "grant_badge";
    public const string RevokeBadge = "revoke_badge";
    public const string ResolveReport = "resolve_report";
    public const string AddWarning = "add_warning";
    public const string SendNotice = "send_notice";
    public const string RiskSeen = "risk_seen";

    public static string Remove(PostKind kind) => kind == PostKind.Story ? RemoveStory : RemoveReply;
    public static string Restore(PostKind kind) => kind == PostKind.Story ? RestoreStory : RestoreReply;
}
