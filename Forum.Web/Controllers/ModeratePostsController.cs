using Microsoft.AspNetCore.Authorization;

namespace Forum.Web.Controllers;

/// <summary>
/// One page per story or reply for moderators, with every action on it and on its writer's pseudonym. Each action
/// is a POST that names what it does, carries the version the page showed and a reason, and comes back to the page.
/// </summary>
[Authorize(Policy = ModerationPolicies.Moderator)]
public sealed class ModeratePostsController(
    ModerationWriter writer, ModerationReader reader, ForumReader rooms, TimeProvider clock, IOptions<CrisisLines> lines) : Controller
{
    [HttpGet("/mod/{kind:postkinds}/{id:long}", Name = RouteNames.ModPost)]
    public Task<IActionResult> Show([FromRoute] PostKind kind, [FromRoute] long id, CancellationToken ct) => ShowAsync(kind, id, ct);

    [HttpPost("/mod/threads/{id:long}/lock", Name = RouteNames.ModStoryLock)]
    public Task<IActionResult> Lock([FromRoute] long id, [FromForm] ModerationForm form, CancellationToken ct) =>
        OnStoryAsync(id, "Closed to new replies.", () => writer.LockAsync(Act(form), id, ct), ct);

    [HttpPost("/mod/threads/{id:long}/unlock", Name = RouteNames.ModStoryUnlock)]
    public Task<IActionResult> Unlock([FromRoute] long id, [FromForm] ModerationForm form, CancellationToken ct) =>
        OnStoryAsync(id, "Open to replies again.", () => writer.UnlockAsync(Act(form), id, ct), ct);

    [HttpPost("/mod/threads/{id:long}/pin", Name = RouteNames.ModStoryPin)]
    public Task<IActionResult> Pin([FromRoute] long id, [FromForm] ModerationForm form, CancellationToken ct) =>
        OnStoryAsync(id, "Pinned to the top of its room.", () => writer.PinAsync(Act(form), id, ct), ct);

    [HttpPost("/mod/threads/{id:long}/unpin", Name = RouteNames.ModStoryUnpin)]
    public Task<IActionResult> Unpin([FromRoute] long id, [FromForm] ModerationForm form, CancellationToken ct) =>
        OnStoryAsync(id, "Unpinned.", () => writer.UnpinAsync(Act(form), id, ct), ct);

    [HttpPost("/mod/threads/{id:long}/move", Name = RouteNames.ModStoryMove)]
    public Task<IActionResult> Move([FromRoute] long id, [FromForm] ModerationForm form, CancellationToken ct) =>
        OnStoryAsync(id, "Moved.", () => writer.MoveAsync(Act(form), id, form.Room, ct), ct);

    [HttpPost("/mod/{kind:postkinds}/{id:long}/remove", Name = RouteNames.ModRemove)]
    public Task<IActionResult> Remove([FromRoute] PostKind kind, [FromRoute] long id, [FromForm] ModerationForm form, CancellationToken ct) =>
        ActAsync(kind, id, RemovedNote(kind), () => writer.RemoveAsync(Act(form), kind, id, ct), ct);

    [HttpPost("/mod/{kind:postkinds}/{id:long}/restore", Name = RouteNames.ModRestore)]
    public Task<IActionResult> Restore([FromRoute] PostKind kind, [FromRoute] long id, [FromForm] ModerationForm form, CancellationToken ct) =>
        ActAsync(kind, id, "Restored.", () => writer.RestoreAsync(Act(form), kind, id, ct), ct);

    [HttpPost("/mod/{kind:postkinds}/{id:long}/approve", Name = RouteNames.ModApprove)]
    public Task<IActionResult> Approve(
        [FromRoute] PostKind kind, [FromRoute] long id, [FromForm] ModerationForm form, [FromServices] Push.PushNews news, CancellationToken ct) =>
        ActAsync(kind, id, "Approved and published.", async () =>
        {
            var approved = await writer.ApproveAsync(Act(form), kind, id, ct);
            // Held, it was in nobody's inbox; published, it is, so the devices of those names hear of it now.
            if (approved && kind == PostKind.Reply) news.ReplyWritten(id);
            return approved;
        }, ct);

    [HttpPost("/mod/{kind:postkinds}/{id:long}/reject", Name = RouteNames.ModReject)]
    public Task<IActionResult> Reject([FromRoute] PostKind kind, [FromRoute] long id, [FromForm] ModerationForm form, CancellationToken ct) =>
        ActAsync(kind, id, "Not published.", () => writer.RejectAsync(Act(form), kind, id, ct), ct);

    [HttpPost("/mod/{kind:postkinds}/{id:long}/warn", Name = RouteNames.ModWarn)]
    public Task<IActionResult> Warn([FromRoute] PostKind kind, [FromRoute] long id, [FromForm] ModerationForm form, CancellationToken ct) =>
        ActAsync(kind, id, "Content warnings added.", () => writer.WarnAsync(Act(form), kind, id, Warnings(form), ct), ct);

    /// <summary>From the queue's "may be at risk" list: a moderator has looked, and perhaps written to the writer.</summary>
    [HttpPost("/mod/{kind:postkinds}/{id:long}/risk-seen", Name = RouteNames.ModRiskSeen)]
    public Task<IActionResult> MarkRiskSeen([FromRoute] PostKind kind, [FromRoute] long id, [FromForm] ModerationForm form, CancellationToken ct) =>
        ActAsync(kind, id, "Marked as looked at. It has left the “may be at risk” list.", () => writer.MarkRiskSeenAsync(Act(form), kind, id, ct), ct,
            backToQueue: form.From == ModerationForm.FromQueue);

    /// <summary>The writer of the post is the one banned: the form never names a pseudonym itself.</summary>
    [HttpPost("/mod/{kind:postkinds}/{id:long}/author/ban", Name = RouteNames.ModAuthorBan)]
    public Task<IActionResult> Ban([FromRoute] PostKind kind, [FromRoute] long id, [FromForm] ModerationForm form, CancellationToken ct) =>
        OnAuthorAsync(kind, id, "The name can no longer post or react.", (author, now) => writer.BanAsync(Act(form), author, BanEnd(form.Period, now), ct), ct);

    [HttpPost("/mod/{kind:postkinds}/{id:long}/author/unban", Name = RouteNames.ModAuthorUnban)]
    public Task<IActionResult> Unban([FromRoute] PostKind kind, [FromRoute] long id, [FromForm] ModerationForm form, CancellationToken ct) =>
        OnAuthorAsync(kind, id, "The ban is lifted.", (author, _) => writer.UnbanAsync(Act(form), author, ct), ct);

    [HttpPost("/mod/{kind:postkinds}/{id:long}/author/badge", Name = RouteNames.ModAuthorBadge)]
    public Task<IActionResult> GrantBadge([FromRoute] PostKind kind, [FromRoute] long id, [FromForm] ModerationForm form, CancellationToken ct) =>
        OnAuthorAsync(kind, id, "Badge given.", (author, _) => VerifiedBadgeText.Codes.TryParse(form.Badge, out var badge)
            ? writer.GrantBadgeAsync(Act(form), author, badge, ct)
            : throw new DomainRuleException("Choose which badge to give."), ct);

    [HttpPost("/mod/{kind:postkinds}/{id:long}/author/unbadge", Name = RouteNames.ModAuthorUnbadge)]
    public Task<IActionResult> RevokeBadge([FromRoute] PostKind kind, [FromRoute] long id, [FromForm] ModerationForm form, CancellationToken ct) =>
        OnAuthorAsync(kind, id, "Badge taken away.", (author, _) => writer.RevokeBadgeAsync(Act(form), author, ct), ct);

    /// <summary>
    /// A private message to the writer, with a country's crisis lines (or the international directory) when chosen.
    /// Sent from the post's page or, for someone reported as at risk, straight from the queue, which is where the
    /// moderator goes back to.
    /// </summary>
    [HttpPost("/mod/{kind:postkinds}/{id:long}/author/notice", Name = RouteNames.ModAuthorNotice)]
    public Task<IActionResult> SendNotice([FromRoute] PostKind kind, [FromRoute] long id, [FromForm] ModerationForm form, CancellationToken ct) =>
        OnAuthorAsync(kind, id, "Your message is waiting for them at the top of every page, until they mark it read.", (author, _) =>
        {
            var country = string.IsNullOrEmpty(form.CrisisCountry) ? null : form.CrisisCountry;
            if (country is not null && !lines.Value.IsNoticeChoice(country))
                throw new DomainRuleException("Choose a country from the list, or no crisis lines.");
            return writer.SendNoticeAsync(User.ModeratorId(), author, form.Message, country, form.Reason, ct);
        }, ct, backToQueue: form.From == ModerationForm.FromQueue);

    /// <summary>
    /// Closes one report on the post's page. No outcome is chosen for the moderator; sent without one (or refused for
    /// another rule), the page comes back with why, and with the reason they wrote still in its box.
    /// </summary>
    [HttpPost("/mod/reports/{id:long}/resolve", Name = RouteNames.ModResolveReport)]
    public async Task<IActionResult> ResolveReport([FromRoute] long id, [FromForm] ModerationForm form, CancellationToken ct)
    {
        if (await reader.ReportedPostAsync(id, ct) is not var (kind, postId)) return NotFound();
        return await this.WriteOrShowAgainAsync(async () =>
        {
            if (await writer.ResolveReportAsync(User.ModeratorId(), id, form.Outcome, form.Reason, ct) is null) return NotFound();
            this.LeaveNote(PageNoteKind.ModerationDone, "Report resolved. It is in the moderation log.");
            return RedirectToRoute(RouteNames.ModPost, new { kind = PostKindSegment.Plural(kind), id = postId });
        }, () => ShowAsync(kind, postId, ct, new ReportResolution(id, form.Reason)));
    }

    /// <summary>A removed story leaves every public page; a removed reply leaves a notice where it stood.</summary>
    private static string RemovedNote(PostKind kind) => kind == PostKind.Story
        ? "Removed. It is gone from every public page."
        : "Removed. Readers see a short notice in its place.";

    private ModeratorAct Act(ModerationForm form) => new(User.ModeratorId(), form.Version, form.Reason);

    private static ContentWarningSet Warnings(ModerationForm form)
    {
        var warnings = ContentWarningSet.FromCodes(form.Warnings, form.WarningLabel);
        return warnings.IsEmpty ? throw new DomainRuleException("Tick at least one warning to add.") : warnings;
    }

    private static DateTimeOffset? BanEnd(string? period, DateTimeOffset now) => period switch
    {
        ModerationForm.ForGood => null,
        "1" or "7" or "30" => now.AddDays(int.Parse(period, System.Globalization.CultureInfo.InvariantCulture)),
        _ => throw new DomainRuleException("Choose how long the ban lasts."),
    };

    /// <summary>What only a story has: a lock, a pin, a room.</summary>
    private Task<IActionResult> OnStoryAsync(long id, string done, Func<Task<bool>> act, CancellationToken ct) =>
        ActAsync(PostKind.Story, id, done, act, ct);

    private async Task<IActionResult> OnAuthorAsync(
        PostKind kind, long id, string done, Func<Guid, DateTimeOffset, Task<bool>> act, CancellationToken ct, bool backToQueue = false)
    {
        var post = await reader.PostAsync(kind, id, ct);
        if (post?.Author is not { } author) return NotFound();
        return await ActAsync(kind, id, done, () => act(author.Id, clock.GetUtcNow()), ct, backToQueue);
    }

    /// <summary>
    /// Runs one action and comes back to the post's page. A refusal (no reason, a rule) or a conflict with another
    /// moderator is shown on the page as it is now (<see cref="Refusals"/>), so the moderator can decide again.
    /// </summary>
    private Task<IActionResult> ActAsync(PostKind kind, long id, string done, Func<Task<bool>> act, CancellationToken ct, bool backToQueue = false) =>
        this.WriteOrShowAgainAsync(async () =>
        {
            if (!await act()) return NotFound();
            this.LeaveNote(PageNoteKind.ModerationDone, done + " It is in the moderation log.");
            return backToQueue
                ? RedirectToRoute(RouteNames.ModQueue)
                : RedirectToRoute(RouteNames.ModPost, new { kind = PostKindSegment.Plural(kind), id });
        }, () => ShowAsync(kind, id, ct));

    private async Task<IActionResult> ShowAsync(PostKind kind, long id, CancellationToken ct, ReportResolution? resolving = null)
    {
        var post = await reader.PostAsync(kind, id, ct);
        if (post is null) return NotFound();
        return View("Post", new ModeratedPostViewModel(post, await rooms.RoomsAsync(ct), resolving));
    }
}
