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
