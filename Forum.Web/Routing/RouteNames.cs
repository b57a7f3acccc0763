namespace Forum.Web.Routing;

/// <summary>
/// The name of every page and form target, one per URL template. Links are built from these through
/// <see cref="ForumLinks"/>, never typed, so a URL is written once: in its controller's route attribute.
/// </summary>
public static class RouteNames
{
    public const string Home = "home";
    public const string Privacy = "privacy";
    public const string Help = "help";
    public const string HelpCountry = "help-country";
    public const string HelpCountryOnPause = "help-country-pause";
    public const string Support = "support";
    public const string Language = "language";
    public const string Badges = "badges";
    public const string Search = "search";
    public const string Feed = "feed";
    public const string RoomFeed = "room-feed";
    public const string Preferences = "preferences";
    public const string PreferencesDrafts = "preferences-drafts";
    public const string PreferencesScheme = "preferences-scheme";
    public const string HelpOffline = "help-offline";
    public const string Manifest = "manifest";
    public const string Waiting = "waiting";

    public const string Room = "room";
    public const string NewStory = "room-new-thread";
    public const string RoomStories = "room-threads";
    public const string Story = "thread";
    public const string Replies = "thread-replies";
    public const string ReplyForm = "thread-reply-form";
    public const string Follow = "thread-follow";

    public const string Familiar = "post-familiar";
    public const string FormToken = "form-token";
    public const string Report = "post-report";
    public const string EditPost = "post-edit";
    public const string DeletePost = "post-delete";

    public const string Me = "me";
    public const string MeCurrent = "me-current";
    public const string NewPseudonym = "me-new";
    public const string Pseudonyms = "me-pseudonyms";
    public const string RecoveryKey = "me-recovery-key";
    public const string Recover = "me-recover";
    public const string Burn = "me-burn";
    public const string Export = "me-export";
    public const string InboxRead = "me-inbox-read";
    public const string Discreet = "me-discreet";
    public const string NoticeRead = "me-notice-read";
    public const string PushOn = "me-push-on";
    public const string PushOff = "me-push-off";
    public const string PushWorker = "push-worker";
    public const string AppName = "me-app-name";

    public const string Progress = "progress";
    public const string CheckIns = "progress-check-ins";
    public const string Milestone = "progress-milestone";
    public const string MilestoneStartAgain = "progress-milestone-start-again";
    public const string MilestoneBesideName = "progress-milestone-beside-name";
    public const string MilestoneRemove = "progress-milestone-remove";

    public const string ModQueue = "mod-queue";
    public const string ModResolveReport = "mod-resolve-report";
    public const string ModLog = "mod-log";
    public const string ModRemoved = "mod-removed";
    public const string ModTeam = "mod-team";
    public const string ModLogin = "mod-login";
    public const string ModLogout = "mod-logout";

    public const string ModRooms = "mod-rooms";
    public const string ModNewRoom = "mod-rooms-new";
    public const string ModRoom = "mod-room";
    public const string ModRoomOrder = "mod-rooms-order";
    public const string ModRoomArchive = "mod-room-archive";
    public const string ModRoomReopen = "mod-room-reopen";

    public const string ModPost = "mod-post";
    public const string ModStoryLock = "mod-thread-lock";
    public const string ModStoryUnlock = "mod-thread-unlock";
    public const string ModStoryPin = "mod-thread-pin";
    public const string ModStoryUnpin = "mod-thread-unpin";
    public const string ModStoryMove = "mod-thread-move";
    public const string ModRemove = "mod-post-remove";
    public const string ModRestore = "mod-post-restore";
    public const string ModApprove = "mod-post-approve";
    public const string ModReject = "mod-post-reject";
    public const string ModWarn = "mod-post-warn";
    public const string ModAuthorBan = "mod-author-ban";
    public const string ModAuthorUnban = "mod-author-unban";
    public const string ModAuthorBadge = "mod-author-badge";
    public const string ModAuthorUnbadge = "mod-author-unbadge";
    public const string ModAuthorNotice = "mod-author-notice";
    public const string ModRiskSeen = "mod-risk-seen";
}
