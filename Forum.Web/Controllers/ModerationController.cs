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

    [HttpPost("/mod/reports/{id:long}/resolve", Name = RouteNames.ModResolveReport)]
    public async Task<IActionResult> Resolve([FromRoute] long id, [FromForm] ModerationForm form, [FromServices] ModerationWriter writer, CancellationToken cancellationToken)
    {
        try
        {
            var post = await writer.ResolveReportAsync(User.ModeratorId(), id, form.Outcome, form.Reason, cancellationToken);
            if (post is not var (kind, postId)) return NotFound();
            TempData[ModeratePostsController.DoneKey] = "Report resolved. It is in the moderation log.";
            return RedirectToRoute(RouteNames.ModPost, new { kind = PostKindSegment.Plural(kind), id = postId });
        }
        catch (Forum.Domain.DomainRuleException e)
        {
            return Refused(e.Message, StatusCodes.Status400BadRequest);
        }
        catch (ModerationConflictException e)
        {
            return Refused(e.Message, StatusCodes.Status409Conflict);
        }
    }

    private ViewResult Refused(string message, int status)
    {
        Response.StatusCode = status;
        return View("Refused", message);
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
