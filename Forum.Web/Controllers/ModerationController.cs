using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Forum.Web.Controllers;

/// <summary>The moderators' own pages: the queue and the log. Invisible (404) to everyone else.</summary>
[Authorize(Policy = ModerationPolicies.Moderator)]
public sealed class ModerationController : Controller
{
    [HttpGet("/mod", Name = RouteNames.ModQueue)]
    public async Task<IActionResult> Queue([FromServices] ModerationReader reader, CancellationToken cancellationToken) =>
        View(await reader.QueueAsync(cancellationToken));

    /// <summary>
    /// No outcome is chosen for the moderator; sent without one (or refused for another rule), the post's page comes
    /// back with why and with the reason they wrote still in its box.
    /// </summary>
    [HttpPost("/mod/reports/{id:long}/resolve", Name = RouteNames.ModResolveReport)]
    public async Task<IActionResult> Resolve(
        [FromRoute] long id, [FromForm] ModerationForm form, [FromServices] ModerationWriter writer, [FromServices] ModerationReader reader,
        [FromServices] ForumReader rooms, CancellationToken cancellationToken)
    {
        async Task<IActionResult> ShowAgainAsync()
        {
            if (await reader.ReportedPostAsync(id, cancellationToken) is not var (kind, postId)) return NotFound();
            if (await reader.PostAsync(kind, postId, cancellationToken) is not { } post) return NotFound();
            return View("~/Views/ModeratePosts/Post.cshtml",
                new ModeratedPostViewModel(post, await rooms.RoomsAsync(cancellationToken), new ReportResolution(id, form.Reason)));
        }

        return await this.WriteOrShowAgainAsync(async () =>
        {
            var post = await writer.ResolveReportAsync(User.ModeratorId(), id, form.Outcome, form.Reason, cancellationToken);
            if (post is not var (kind, postId)) return NotFound();
            TempData[ModeratePostsController.DoneKey] = "Report resolved. It is in the moderation log.";
            return RedirectToRoute(RouteNames.ModPost, new { kind = PostKindSegment.Plural(kind), id = postId });
        }, ShowAgainAsync);
    }

    [HttpGet("/mod/log", Name = RouteNames.ModLog)]
    public async Task<IActionResult> Log(string? before, [FromServices] ModerationLogReader log, CancellationToken cancellationToken)
    {
        ActivityCursor? cursor = null;
        if (before is not null && !ActivityCursor.TryParse(before, out cursor)) return BadRequest();
        return View(await log.PageAsync(cursor, cancellationToken));
    }

    /// <summary>Removed stories with why, until the retention purge deletes them.</summary>
    [HttpGet("/mod/removed", Name = RouteNames.ModRemoved)]
    public async Task<IActionResult> Removed([FromServices] ModerationReader reader, CancellationToken cancellationToken) =>
        View(await reader.RemovedStoriesAsync(cancellationToken));

    /// <summary>Who moderates here. Admins only: the first page built on the admin policy.</summary>
    [HttpGet("/mod/team", Name = RouteNames.ModTeam)]
    [Authorize(Policy = ModerationPolicies.Admin)]
    public async Task<IActionResult> Team([FromServices] ForumDbContext db, CancellationToken cancellationToken) =>
        View(await db.Moderators.Where(m => m.RemovedAt == null).OrderBy(m => m.Name)
            .Select(m => new ModeratorListing(m.Name, m.Role, m.CreatedAt, m.FailedSignIns))
            .ToListAsync(cancellationToken));
}
