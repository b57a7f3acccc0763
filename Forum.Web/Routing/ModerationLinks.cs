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

    public string Lock(long storyId) => Path(RouteNames.ModStoryLock, new { id = storyId });

    public string Unlock(long storyId) => Path(RouteNames.ModStoryUnlock, new { id = storyId });

    public string Pin(long storyId) => Path(RouteNames.ModStoryPin, new { id = storyId });

    public string Unpin(long storyId) => Path(RouteNames.ModStoryUnpin, new { id = storyId });

    public string Move(long storyId) => Path(RouteNames.ModStoryMove, new { id = storyId });

    public string Remove(PostKind kind, long id) => OnPost(RouteNames.ModRemove, kind, id);

    public string Restore(PostKind kind, long id) => OnPost(RouteNames.ModRestore, kind, id);

    public string Approve(PostKind kind, long id) => OnPost(RouteNames.ModApprove, kind, id);

    public string Reject(PostKind kind, long id) => OnPost(RouteNames.ModReject, kind, id);

    public string Warn(PostKind kind, long id) => OnPost(RouteNames.ModWarn, kind, id);

    public string Ban(PostKind kind, long id) => OnPost(RouteNames.ModAuthorBan, kind, id);

    public string Unban(PostKind kind, long id) => OnPost(RouteNames.ModAuthorUnban, kind, id);

    public string GrantBadge(PostKind kind, long id) => OnPost(RouteNames.ModAuthorBadge, kind, id);

    public string RevokeBadge(PostKind kind, long id) => OnPost(RouteNames.ModAuthorUnbadge, kind, id);

    /// <summary>A private notice to the post's writer; the form never names the pseudonym itself.</summary>
    public string Notice(PostKind kind, long id) => OnPost(RouteNames.ModAuthorNotice, kind, id);

    /// <summary>"I've looked at this for its writer's safety": the post leaves the queue's "may be at risk" list.</summary>
    public string RiskSeen(PostKind kind, long id) => OnPost(RouteNames.ModRiskSeen, kind, id);

    /// <summary>A route that takes the kind in its path (/mod/threads/12/…, /mod/replies/40/…).</summary>
    private string OnPost(string routeName, PostKind kind, long id) =>
        Path(routeName, new { kind = PostKindSegment.Plural(kind), id });
}
