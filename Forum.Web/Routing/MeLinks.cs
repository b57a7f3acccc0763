namespace Forum.Web.Routing;

/// <summary>The reader's own pages: pseudonyms, inbox, progress.</summary>
public sealed class MeLinks(PathWriter writer) : RouteLinks(writer)
{
    public string Index(string? fragment = null) => Path(RouteNames.Me, fragment: fragment);

    public string Current() => Path(RouteNames.MeCurrent);

    public string NewPseudonym() => Path(RouteNames.NewPseudonym);

    public string Pseudonyms() => Path(RouteNames.Pseudonyms);

    public string RecoveryKey(Guid id) => Path(RouteNames.RecoveryKey, new { id });

    public string Recover() => Path(RouteNames.Recover);

    public string Burn(Guid id) => Path(RouteNames.Burn, new { id });

    public string Export(Guid id) => Path(RouteNames.Export, new { id });

    public string InboxRead(Guid id) => Path(RouteNames.InboxRead, new { id });

    public string Discreet() => Path(RouteNames.Discreet);

    public string NoticeRead(long noticeId) => Path(RouteNames.NoticeRead, new { id = noticeId });

    public string PushOn(Guid id) => Path(RouteNames.PushOn, new { id });

    public string PushOff(Guid id) => Path(RouteNames.PushOff, new { id });

    /// <summary>The service worker of one name's own scope (<see cref="Push.PushScopes"/>); its folder is the scope.</summary>
    public string PushWorker(string scope) => Path(RouteNames.PushWorker, new { scope });

    public string AppName() => Path(RouteNames.AppName);

    public string Progress() => Path(RouteNames.Progress);

    public string CheckIns() => Path(RouteNames.CheckIns);

    public string Milestone() => Path(RouteNames.Milestone);

    public string MilestoneStartAgain() => Path(RouteNames.MilestoneStartAgain);

    public string MilestoneBesideName() => Path(RouteNames.MilestoneBesideName);

    public string MilestoneRemove() => Path(RouteNames.MilestoneRemove);
}
