namespace Forum.Web.Controllers;

/// <summary>
/// Writers editing and deleting their own stories and replies. A post anyone may read that none of this browser's
/// pseudonyms wrote is a 403 and nothing changes; a removed, held, deleted or missing one is a 404, all alike.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class OwnPostsController(OwnPostWriter writer, PseudonymSession session) : Controller
{
    [HttpGet("/posts/{kind:postkind}/{id:long}/edit", Name = RouteNames.EditPost)]
    public async Task<IActionResult> Edit([FromRoute(Name = "kind")] PostKind postKind, long id, CancellationToken cancellationToken)
    {
        var (post, outcome) = await writer.FindAsync(postKind, id, await session.KeptIdsAsync(cancellationToken), cancellationToken);
        if (post is null) return Refuse(outcome);
        return View(new EditPostViewModel(post, new PostEditDraft
        {
            Title = post.Title ?? "", Body = post.BodySource, Warnings = post.ContentWarnings.ToList(), WarningLabel = post.ContentWarningLabel ?? "",
        }));
    }

    [HttpPost("/posts/{kind:postkind}/{id:long}/edit")]
    public async Task<IActionResult> Edit(
        [FromRoute(Name = "kind")] PostKind postKind, [FromRoute] long id, [FromForm] PostEditDraft draft, [FromForm] string? intent, [FromServices] IValidator<PostEditDraft> validator,
        [FromServices] Composer composer, [FromServices] ForumLinks links, CancellationToken cancellationToken)
    {
        var kept = await session.KeptIdsAsync(cancellationToken);
        var (post, outcome) = await writer.FindAsync(postKind, id, kept, cancellationToken);
        if (post is null) return Refuse(outcome);

        draft.Kind = postKind;
        var isStory = postKind == PostKind.Story;
        validator.Validate(draft).AddToModelState(ModelState);
        // An edit publishes new words too, so it gets the same private pause as a new post.
        return await composer.ComposeAsync(this,
            new Composition(intent, links.EditPost(postKind, id), draft, draft.Body,
                [.. isStory ? new[] { (nameof(draft.Title), draft.Title) } : [], (nameof(draft.Body), draft.Body)]),
            previewHtml => Task.FromResult<IActionResult>(View("Edit", new EditPostViewModel(post, draft, previewHtml))),
            async () =>
            {
                outcome = await writer.EditAsync(postKind, id, kept, draft.Title, draft.Body, draft.ContentWarnings(), cancellationToken);
                if (outcome != OwnPostOutcome.Done) return Refuse(outcome);
                this.LeaveNote(PageNoteKind.Posted, StoriesController.EditSaved);
                return await BackToPostAsync(postKind, id, cancellationToken);
            });
    }

    [HttpGet("/posts/{kind:postkind}/{id:long}/delete", Name = RouteNames.DeletePost)]
    public async Task<IActionResult> Delete([FromRoute(Name = "kind")] PostKind postKind, long id, CancellationToken cancellationToken)
    {
        var (post, outcome) = await writer.FindAsync(postKind, id, await session.KeptIdsAsync(cancellationToken), cancellationToken);
        return post is null ? Refuse(outcome) : View(post);
    }

    [HttpPost("/posts/{kind:postkind}/{id:long}/delete")]
    public async Task<IActionResult> Delete([FromRoute(Name = "kind")] PostKind postKind, [FromRoute] long id, [FromForm] bool confirm, CancellationToken cancellationToken)
    {
        var kept = await session.KeptIdsAsync(cancellationToken);
        var (post, outcome) = await writer.FindAsync(postKind, id, kept, cancellationToken);
        if (post is null) return Refuse(outcome);
        if (!confirm)
        {
            ModelState.AddModelError("confirm", "Tick the box to confirm. Nothing has been deleted yet.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(post);
        }
        outcome = await writer.DeleteAsync(postKind, id, kept, cancellationToken);
        if (outcome != OwnPostOutcome.Done) return Refuse(outcome);
        return await writer.StoryOfAsync(PostKind.Story, post.StoryId, cancellationToken) is { } thread
            ? RedirectToRoute(RouteNames.Story, new { id = thread.Id, slug = thread.Slug }, ForumLinks.FragmentInStory(postKind, id))
            : RedirectToRoute(RouteNames.Me);
    }

    private async Task<IActionResult> BackToPostAsync(PostKind kind, long id, CancellationToken cancellationToken)
    {
        var thread = await writer.StoryOfAsync(kind, id, cancellationToken);
        return thread is null
            ? RedirectToRoute(RouteNames.Me)
            : RedirectToRoute(RouteNames.Story, new { id = thread.Id, slug = thread.Slug }, ForumLinks.FragmentInStory(kind, id));
    }

    private IActionResult Refuse(OwnPostOutcome outcome) =>
        outcome == OwnPostOutcome.NotYours ? StatusCode(StatusCodes.Status403Forbidden) : NotFound();
}
