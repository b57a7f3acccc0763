namespace Forum.Domain.Moderation;

/// <summary>
/// The actions the log records, spelled as stored. Strings rather than an enum so that another part of the
/// forum (room management, content warnings) can add its own without touching this list or the schema.
/// </summary>
public static class ModerationActions
{
    public const int MaxLength = 40;

    public const string LockThread = "lock_thread";
    public const string UnlockThread = "unlock_thread";
    public const string PinThread = "pin_thread";
    public const string UnpinThread = "unpin_thread";
    public const string MoveThread = "move_thread";
    public const string RemoveThread = "remove_thread";
    public const string RestoreThread = "restore_thread";
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

    public static string Remove(PostKind kind) => kind == PostKind.Thread ? RemoveThread : RemoveReply;
    public static string Restore(PostKind kind) => kind == PostKind.Thread ? RestoreThread : RestoreReply;
}
