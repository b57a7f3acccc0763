using Microsoft.AspNetCore.OutputCaching;

namespace Forum.Web.Controllers;

public sealed class RoomsController(ForumReader reader) : Controller
{
    [HttpGet("/r/{room}", Name = RouteNames.Room)]
    [OutputCache(PolicyName = Caching.SharedPages.Policy)]
    public async Task<IActionResult> Show(string room, string? after, CancellationToken cancellationToken)
    {
        ActivityCursor? cursor = null;
        if (after is not null)
        {
            if (!ActivityCursor.TryParse(after, out cursor)) return BadRequest();
        }
        var page = await reader.RoomAsync(room, cursor, cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    [HttpGet("/r/{room}/new", Name = RouteNames.NewThread)]
    public async Task<IActionResult> New(string room, [FromServices] PseudonymSession session, CancellationToken cancellationToken)
    {
        var summary = (await reader.RoomsAsync(cancellationToken)).SingleOrDefault(r => r.Slug == room);
        if (summary is null) return NotFound();
        return View(new ComposeThreadViewModel(summary, new ThreadDraft { Room = room }, await session.CurrentAsync(cancellationToken)));
    }

    [HttpPost("/r/{room}/threads", Name = RouteNames.RoomThreads)]
    public async Task<IActionResult> Create(
        [FromRoute] string room, [FromForm] ThreadDraft draft, [FromForm] string? intent, [FromServices] IValidator<ThreadDraft> validator,
        [FromServices] ThreadWriter writer, [FromServices] PseudonymSession session, [FromServices] Composer composer, [FromServices] ForumLinks links, CancellationToken cancellationToken)
    {
        var summary = (await reader.RoomsAsync(cancellationToken)).SingleOrDefault(r => r.Slug == room);
        if (summary is null) return NotFound();
        draft.Room = room;

        validator.Validate(draft).AddToModelState(ModelState);
        return await composer.ComposeAsync(this,
            new Composition(intent, links.RoomThreads(room), draft, draft.Body, (nameof(draft.Title), draft.Title), (nameof(draft.Body), draft.Body))
            {
                Carried = [(nameof(draft.Submission), draft.Submission.ToString())],
                Budget = RateLimitPolicies.Threads,
                SubmissionKey = draft.Submission,
            },
            async previewHtml => View("New", new ComposeThreadViewModel(summary, draft, await session.CurrentAsync(cancellationToken), previewHtml)),
            async () =>
            {
                var author = await session.CurrentOrNewAsync(cancellationToken);
                var thread = await writer.StartThreadAsync(room, draft.Title, draft.Body, draft.ContentWarnings(), author, cancellationToken, draft.Submission);
                // A second send of this form gets the first send's story; the name minted for it was never saved.
                if (thread.AuthorId == author.Id) session.RememberIfNew();
                TempData[ThreadsController.PostedKey] = ThreadsController.StoryPosted;
                return RedirectToAction(nameof(ThreadsController.Show), "Threads", new { id = thread.Id, slug = thread.Slug });
            });
    }
}
