using Forum.Data.Moderation;
using Forum.Data.Reading;
using Forum.Domain;
using Forum.Domain.Pseudonyms;
using Forum.Domain.Reactions;
using Forum.Domain.Safety;
using Forum.Web.Composing;
using Forum.Web.Moderation;
using Forum.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Forum.Web.Controllers;

/// <summary>
/// One page per story or reply for moderators, with every action on it and on its writer's pseudonym. Each action
/// is a POST that names what it does, carries the version the page showed and a reason, and comes back to the page.
/// </summary>
[Authorize(Policy = ModerationPolicies.Moderator)]
public sealed class ModeratePostsController(ModerationWriter writer, ModerationReader reader, ForumReader rooms, TimeProvider clock) : Controller
{
    public const string DoneKey = "moderation-done";

    [HttpGet("/mod/{kind}/{id:long}")]
    public async Task<IActionResult> Show([FromRoute] string kind, [FromRoute] long id, CancellationToken ct) =>
        ParseKind(kind) is { } postKind ? await ShowAsync(postKind, id, ct) : NotFound();

    [HttpPost("/mod/threads/{id:long}/lock")]
    public Task<IActionResult> Lock([FromRoute] long id, [FromForm] ModerationForm form, CancellationToken ct) =>
        ActAsync(PostKind.Thread, id, "Closed to new replies.", () => writer.LockAsync(Act(form), id, ct), ct);

    [HttpPost("/mod/threads/{id:long}/unlock")]
    public Task<IActionResult> Unlock([FromRoute] long id, [FromForm] ModerationForm form, CancellationToken ct) =>
        ActAsync(PostKind.Thread, id, "Open to replies again.", () => writer.UnlockAsync(Act(form), id, ct), ct);

    [HttpPost("/mod/threads/{id:long}/pin")]
    public Task<IActionResult> Pin([FromRoute] long id, [FromForm] ModerationForm form, CancellationToken ct) =>
        ActAsync(PostKind.Thread, id, "Pinned to the top of its room.", () => writer.PinAsync(Act(form), id, ct), ct);

    [HttpPost("/mod/threads/{id:long}/unpin")]
    public Task<IActionResult> Unpin([FromRoute] long id, [FromForm] ModerationForm form, CancellationToken ct) =>
        ActAsync(PostKind.Thread, id, "Unpinned.", () => writer.UnpinAsync(Act(form), id, ct), ct);

    [HttpPost("/mod/threads/{id:long}/move")]
    public Task<IActionResult> Move([FromRoute] long id, [FromForm] ModerationForm form, CancellationToken ct) =>
        ActAsync(PostKind.Thread, id, "Moved.", () => writer.MoveAsync(Act(form), id, form.Room, ct), ct);

    [HttpPost("/mod/threads/{id:long}/remove")]
    public Task<IActionResult> RemoveThread([FromRoute] long id, [FromForm] ModerationForm form, CancellationToken ct) =>
        ActAsync(PostKind.Thread, id, "Removed. It is gone from every public page.", () => writer.RemoveAsync(Act(form), PostKind.Thread, id, ct), ct);

    [HttpPost("/mod/threads/{id:long}/restore")]
    public Task<IActionResult> RestoreThread([FromRoute] long id, [FromForm] ModerationForm form, CancellationToken ct) =>
        ActAsync(PostKind.Thread, id, "Restored.", () => writer.RestoreAsync(Act(form), PostKind.Thread, id, ct), ct);

    [HttpPost("/mod/threads/{id:long}/approve")]
    public Task<IActionResult> ApproveThread([FromRoute] long id, [FromForm] ModerationForm form, CancellationToken ct) =>
        ActAsync(PostKind.Thread, id, "Approved and published.", () => writer.ApproveAsync(Act(form), PostKind.Thread, id, ct), ct);

    [HttpPost("/mod/threads/{id:long}/reject")]
    public Task<IActionResult> RejectThread([FromRoute] long id, [FromForm] ModerationForm form, CancellationToken ct) =>
        ActAsync(PostKind.Thread, id, "Not published.", () => writer.RejectAsync(Act(form), PostKind.Thread, id, ct), ct);

    [HttpPost("/mod/threads/{id:long}/warn")]
    public Task<IActionResult> WarnThread([FromRoute] long id, [FromForm] ModerationForm form, CancellationToken ct) =>
        ActAsync(PostKind.Thread, id, "Content warnings added.", () => writer.WarnAsync(Act(form), PostKind.Thread, id, Warnings(form), ct), ct);

    [HttpPost("/mod/replies/{id:long}/remove")]
    public Task<IActionResult> RemoveReply([FromRoute] long id, [FromForm] ModerationForm form, CancellationToken ct) =>
        ActAsync(PostKind.Reply, id, "Removed. Readers see a short notice in its place.", () => writer.RemoveAsync(Act(form), PostKind.Reply, id, ct), ct);

    [HttpPost("/mod/replies/{id:long}/restore")]
    public Task<IActionResult> RestoreReply([FromRoute] long id, [FromForm] ModerationForm form, CancellationToken ct) =>
        ActAsync(PostKind.Reply, id, "Restored.", () => writer.RestoreAsync(Act(form), PostKind.Reply, id, ct), ct);

    [HttpPost("/mod/replies/{id:long}/approve")]
    public Task<IActionResult> ApproveReply([FromRoute] long id, [FromForm] ModerationForm form, CancellationToken ct) =>
        ActAsync(PostKind.Reply, id, "Approved and published.", () => writer.ApproveAsync(Act(form), PostKind.Reply, id, ct), ct);

    [HttpPost("/mod/replies/{id:long}/reject")]
    public Task<IActionResult> RejectReply([FromRoute] long id, [FromForm] ModerationForm form, CancellationToken ct) =>
        ActAsync(PostKind.Reply, id, "Not published.", () => writer.RejectAsync(Act(form), PostKind.Reply, id, ct), ct);

    [HttpPost("/mod/replies/{id:long}/warn")]
    public Task<IActionResult> WarnReply([FromRoute] long id, [FromForm] ModerationForm form, CancellationToken ct) =>
        ActAsync(PostKind.Reply, id, "Content warnings added.", () => writer.WarnAsync(Act(form), PostKind.Reply, id, Warnings(form), ct), ct);

    /// <summary>The writer of the post is the one banned: the form never names a pseudonym itself.</summary>
    [HttpPost("/mod/{kind}/{id:long}/author/ban")]
    public Task<IActionResult> Ban([FromRoute] string kind, [FromRoute] long id, [FromForm] ModerationForm form, CancellationToken ct) =>
        OnAuthorAsync(kind, id, "The name can no longer post or react.", (author, now) => writer.BanAsync(Act(form), author, BanEnd(form.Period, now), ct), ct);

    [HttpPost("/mod/{kind}/{id:long}/author/unban")]
    public Task<IActionResult> Unban([FromRoute] string kind, [FromRoute] long id, [FromForm] ModerationForm form, CancellationToken ct) =>
        OnAuthorAsync(kind, id, "The ban is lifted.", (author, _) => writer.UnbanAsync(Act(form), author, ct), ct);

    [HttpPost("/mod/{kind}/{id:long}/author/badge")]
    public Task<IActionResult> GrantBadge([FromRoute] string kind, [FromRoute] long id, [FromForm] ModerationForm form, CancellationToken ct) =>
        OnAuthorAsync(kind, id, "Badge given.", (author, _) => VerifiedBadgeText.TryParse(form.Badge, out var badge)
            ? writer.GrantBadgeAsync(Act(form), author, badge, ct)
            : throw new DomainRuleException("Choose which badge to give."), ct);

    [HttpPost("/mod/{kind}/{id:long}/author/unbadge")]
    public Task<IActionResult> RevokeBadge([FromRoute] string kind, [FromRoute] long id, [FromForm] ModerationForm form, CancellationToken ct) =>
        OnAuthorAsync(kind, id, "Badge taken away.", (author, _) => writer.RevokeBadgeAsync(Act(form), author, ct), ct);

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

    private static PostKind? ParseKind(string kind) => kind switch
    {
        "threads" => PostKind.Thread,
        "replies" => PostKind.Reply,
        _ => null,
    };

    private static string PageOf(PostKind kind, long id) => $"/mod/{(kind == PostKind.Thread ? "threads" : "replies")}/{id}";

    private async Task<IActionResult> OnAuthorAsync(
        string kind, long id, string done, Func<Guid, DateTimeOffset, Task<bool>> act, CancellationToken ct)
    {
        if (ParseKind(kind) is not { } postKind) return NotFound();
        var post = await reader.PostAsync(postKind, id, ct);
        if (post?.Author is not { } author) return NotFound();
        return await ActAsync(postKind, id, done, () => act(author.Id, clock.GetUtcNow()), ct);
    }

    /// <summary>
    /// Runs one action and comes back to the post's page. A refusal (no reason, a rule) or a conflict with another
    /// moderator is shown on the page as it is now (<see cref="Refusals"/>), so the moderator can decide again.
    /// </summary>
    private Task<IActionResult> ActAsync(PostKind kind, long id, string done, Func<Task<bool>> act, CancellationToken ct) =>
        this.WriteOrShowAgainAsync(async () =>
        {
            if (!await act()) return NotFound();
            TempData[DoneKey] = done + " It is in the moderation log.";
            return Redirect(PageOf(kind, id));
        }, () => ShowAsync(kind, id, ct));

    private async Task<IActionResult> ShowAsync(PostKind kind, long id, CancellationToken ct)
    {
        var post = await reader.PostAsync(kind, id, ct);
        if (post is null) return NotFound();
        return View("Post", new ModeratedPostViewModel(post, await rooms.RoomsAsync(ct)));
    }
}
