namespace Forum.Web.ViewComponents;

/// <summary>
/// Where a composer would be for a banned name: until when and why, said before they write rather than after they
/// press Post. Posting is still refused by the pseudonym itself (<see cref="Pseudonym.RefuseIfBanned"/>); this only
/// tells them first. The reason is the one the moderator wrote for them, from the log.
/// </summary>
public sealed class PostingPausedViewComponent(ModerationLogReader log) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Pseudonym writer) =>
        View(new PostingPaused(writer.BannedUntil, await log.BanReasonAsync(writer.Id, HttpContext.RequestAborted)));

    /// <param name="Until">Null for a ban for good.</param>
    public sealed record PostingPaused(DateTimeOffset? Until, string? Reason);
}
