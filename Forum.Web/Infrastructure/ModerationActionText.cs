namespace Forum.Web.Infrastructure;

/// <summary>How the log reads an action. Actions added elsewhere (rooms, warnings) read sensibly without an entry here.</summary>
public static class ModerationActionText
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        [ModerationActions.LockStory] = "Closed to replies",
        [ModerationActions.UnlockStory] = "Reopened to replies",
        [ModerationActions.PinStory] = "Pinned",
        [ModerationActions.UnpinStory] = "Unpinned",
        [ModerationActions.MoveStory] = "Moved",
        [ModerationActions.RemoveStory] = "Removed",
        [ModerationActions.RestoreStory] = "Restored",
        [ModerationActions.RemoveReply] = "Removed",
        [ModerationActions.RestoreReply] = "Restored",
        [ModerationActions.ApproveHeld] = "Approved held",
        [ModerationActions.RejectHeld] = "Rejected held",
        [ModerationActions.BanPseudonym] = "Banned",
        [ModerationActions.UnbanPseudonym] = "Lifted the ban on",
        [ModerationActions.GrantBadge] = "Gave a badge to",
        [ModerationActions.RevokeBadge] = "Took the badge from",
        [ModerationActions.ResolveReport] = "Resolved",
        [ModerationActions.AddWarning] = "Added content warnings to",
        [ModerationActions.SendNotice] = "Sent a private message to",
        [ModerationActions.RiskSeen] = "Looked at, for its writer's safety,",
    };

    public static string Describe(string action) =>
        Descriptions.TryGetValue(action, out var text) ? text : char.ToUpperInvariant(action[0]) + action[1..].Replace('_', ' ');
}
