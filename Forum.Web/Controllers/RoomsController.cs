using Microsoft.AspNetCore.OutputCaching;

namespace Forum.Web.Controllers;

public sealed class RoomsController(ForumReader reader) : Controller
{
    /// <param name="sort">"new" for newest story first; latest reply first otherwise. Its cursor is an id, the other's a time and an id.</param>
    [HttpGet("/r/{room}", Name = RouteNames.Room)]
    [OutputCache(PolicyName = Caching.SharedPages.Policy)]
    public async Task<IActionResult> Show(string room, string? after, string? sort, [FromServices] PseudonymSession session, CancellationToken cancellationToken)
    {
        if (!RoomSortText.TryParse(sort, out var order)) return BadRequest();
        // The header's pseudonyms and counts come in the room's statement: one round trip for the page (issue 32).
        RoomPage? page;
        if (order == RoomSort.New)
        {
            long? afterId = null;
            if (after is not null)
            {
                if (!long.TryParse(after, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)) return BadRequest();
                afterId = id;
            }
            (page, _) = await session.ReadWithKeptAsync(
                (_, kept) => reader.RoomByNewestWithKeptAsync(room, afterId, kept, cancellationToken),
                _ => reader.RoomByNewestAsync(room, afterId, cancellationToken), cancellationToken);
        }
        else
        {
            ActivityCursor? cursor = null;
            if (after is not null && !ActivityCursor.TryParse(after, out cursor)) return BadRequest();
            (page, _) = await session.ReadWithKeptAsync(
                (_, kept) => reader.RoomWithKeptAsync(room, cursor, kept, cancellationToken),
                _ => reader.RoomAsync(room, cursor, cancellationToken), cancellationToken);
        }
        return page is null ? NotFound() : View(page);
    }

    [HttpGet("/r/{room}/new", Name = RouteNames.NewStory)]
    public async Task<IActionResult> New(string room, [FromServices] PseudonymSession session, CancellationToken cancellationToken)
    {
        var summary = (await reader.RoomsAsync(cancellationToken)).SingleOrDefault(r => r.Slug == room);
        if (summary is null) return NotFound();
        return View(new ComposeStoryViewModel(summary, new StoryDraft { Room = room }, await session.CurrentAsync(cancellationToken)));
    }

    [HttpPost("/r/{room}/threads", Name = RouteNames.RoomStories)]
    public async Task<IActionResult> Create(
        [FromRoute] string room, [FromForm] StoryDraft draft, [FromForm] string? intent, [FromServices] IValidator<StoryDraft> validator,
        [FromServices] StoryWriter writer, [FromServices] PseudonymSession session, [FromServices] Composer composer, [FromServices] ForumLinks links, CancellationToken cancellationToken)
    {
        var summary = (await reader.RoomsAsync(cancellationToken)).SingleOrDefault(r => r.Slug == room);
        if (summary is null) return NotFound();
        draft.Room = room;

        validator.Validate(draft).AddToModelState(ModelState);
        return await composer.ComposeAsync(this,
            new Composition(intent, links.RoomStories(room), draft, draft.Body, (nameof(draft.Title), draft.Title), (nameof(draft.Body), draft.Body))
            {
                Carried = [(nameof(draft.Submission), draft.Submission.ToString())],
                Budget = RateLimitPolicies.Stories,
                SubmissionKey = draft.Submission,
            },
            async previewHtml => View("New", new ComposeStoryViewModel(summary, draft, await session.CurrentAsync(cancellationToken), previewHtml)),
            async () =>
            {
                var author = await session.CurrentOrNewAsync(cancellationToken);
                var thread = await writer.StartStoryAsync(room, draft.Title, draft.Body, draft.ContentWarnings(), author, cancellationToken, draft.Submission);
                // A second send of this form gets the first send's story; the name minted for it was never saved.
                if (thread.AuthorId == author.Id) this.Keep(session.RememberIfNew());
                this.LeaveNote(PageNoteKind.Posted, StoriesController.StoryPosted);
                return RedirectToAction(nameof(StoriesController.Show), "Stories", new { id = thread.Id, slug = thread.Slug });
            });
    }
}
