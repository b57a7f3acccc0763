using Forum.Data;
using Forum.Data.Moderation;
using Microsoft.EntityFrameworkCore;
using Forum.Data.Reading;
using Forum.Web.Moderation;
using Forum.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Forum.Web.Controllers;

/// <summary>The moderators' own pages: the queue and the log. Invisible (404) to everyone else.</summary>
[Authorize(Policy = ModerationPolicies.Moderator)]
public sealed class ModerationController : Controller
{
    [HttpGet("/mod")]
    public IActionResult Queue() => View();

    [HttpGet("/mod/log")]
    public async Task<IActionResult> Log(string? before, [FromServices] ModerationLogReader log, CancellationToken cancellationToken)
    {
        ActivityCursor? cursor = null;
        if (before is not null && !ActivityCursor.TryParse(before, out cursor)) return BadRequest();
        return View(await log.PageAsync(cursor, cancellationToken));
    }

    /// <summary>Who moderates here. Admins only: the first page built on the admin policy.</summary>
    [HttpGet("/mod/team")]
    [Authorize(Policy = ModerationPolicies.Admin)]
    public async Task<IActionResult> Team([FromServices] ForumDbContext db, CancellationToken cancellationToken) =>
        View(await db.Moderators.OrderBy(m => m.Name)
            .Select(m => new ModeratorListing(m.Name, m.Role, m.CreatedAt, m.LockedOutUntil))
            .ToListAsync(cancellationToken));
}
