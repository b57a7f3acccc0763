namespace Forum.Web.Routing;

/// <summary>The moderators' pages and the actions on a post's moderation page.</summary>
public sealed class ModerationLinks(PathWriter writer) : RouteLinks(writer)
{
    public string Queue() => Path(RouteNames.ModQueue);

    public string ResolveReport(long reportId) => Path(RouteNames.ModResolveReport, new { id = reportId });

    /// <param name="before">The keyset cursor of the last entry shown, or null for the newest.</param>
    public string Log(string? before = null) => Path(RouteNames.ModLog, new { before });

    public string Removed() => Path(RouteNames.ModRemoved);

    public string Team() => Path(RouteNames.ModTeam);

    public string Login() => Path(RouteNames.ModLogin);

    public string Logout() => Path(RouteNames.ModLogout);

    public string Rooms(string? room = null) => Path(RouteNames.ModRooms, fragment: room is null ? null : $"room-{room}");

    public string NewRoom() => Path(RouteNames.ModNewRoom);

    /// <summary>A room's edit page, which is also where its changes are posted.</summary>
    public string Room(string slug) => Path(RouteNames.ModRoom, new { slug });

    public string RoomOrder() => Path(RouteNames.ModRoomOrder);

    public string RoomArchive(string slug) => Path(RouteNames.ModRoomArchive, new { slug });

    public string RoomReopen(string slug) => Path(RouteNames.ModRoomReopen, new { slug });

    public string Post(PostKind kind, long id) => Path(RouteNames.ModPost, new { kind = PostKindSegment.Plural(kind), id });

    public string Lock(long threadId) => Path(RouteNames.ModThreadLock, new { id = threadId });

    public string Unlock(long threadId) => Path(RouteNames.ModThreadUnlock, new { id = threadId });

    public string Pin(long threadId) => Path(RouteNames.ModThreadPin, new { id = threadId });

    public string Unpin(long threadId) => Path(RouteNames.ModThreadUnpin, new { id = threadId });

    public string Move(long threadId) => Path(RouteNames.ModThreadMove, new { id = threadId });

    public string Remove(PostKind kind, long id) => ByKind(kind, RouteNames.ModThreadRemove, RouteNames.ModReplyRemove, id);

    public string Restore(PostKind kind, long id) => ByKind(kind, RouteNames.ModThreadRestore, RouteNames.ModReplyRestore, id);

    public string Approve(PostKind kind, long id) => ByKind(kind, RouteNames.ModThreadApprove, RouteNames.ModReplyApprove, id);

    public string Reject(PostKind kind, long id) => ByKind(kind, RouteNames.ModThreadReject, RouteNames.ModReplyReject, id);

    public string Warn(PostKind kind, long id) => ByKind(kind, RouteNames.ModThreadWarn, RouteNames.ModReplyWarn, id);

    public string Ban(PostKind kind, long id) => OnAuthor(RouteNames.ModAuthorBan, kind, id);

    public string Unban(PostKind kind, long id) => OnAuthor(RouteNames.ModAuthorUnban, kind, id);

    public string GrantBadge(PostKind kind, long id) => OnAuthor(RouteNames.ModAuthorBadge, kind, id);

    public string RevokeBadge(PostKind kind, long id) => OnAuthor(RouteNames.ModAuthorUnbadge, kind, id);

    /// <summary>A private notice to the post's writer; the form never names the pseudonym itself.</summary>
    public string Notice(PostKind kind, long id) => OnAuthor(RouteNames.ModAuthorNotice, kind, id);

    private string ByKind(PostKind kind, string threadRoute, string replyRoute, long id) =>
        Path(kind == PostKind.Thread ? threadRoute : replyRoute, new { id });

    private string OnAuthor(string routeName, PostKind kind, long id) =>
        Path(routeName, new { kind = PostKindSegment.Plural(kind), id });
}
