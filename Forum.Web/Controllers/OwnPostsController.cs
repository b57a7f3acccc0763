using Forum.Data.Writing;
using Forum.Domain.Reactions;
using Forum.Domain.Validation;
using Forum.Web.Composing;
using Forum.Web.Identity;
using Forum.Web.Infrastructure;
using Forum.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace Forum.Web.Controllers;

/// <summary>
/// Writers editing and deleting their own stories and replies. A post none of this browser's pseudonyms wrote
/// is a 403 and nothing changes; a deleted or missing one is a 404.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class OwnPostsController(OwnPostWriter writer, PseudonymSession session) : Controller
{
    [HttpGet("/posts/{kind}/{id:long}/edit")]
    public async Task<IActionResult> Edit(string kind, long id, CancellationToken cancellationToken)
    {
        if (!PostKindText.TryParse(kind, out var postKind)) return NotFound();
        var (post, outcome) = await writer.FindAsync(postKind, id, await session.HeldIdsAsync(cancellationToken), cancellationToken);
        if (post is null) return Refuse(outcome);
        return View(new EditPostViewModel(post, new PostEditDraft
        {
            Title = post.Title ?? "", Body = post.BodySource, Warnings = post.ContentWarnings.ToList(), WarningLabel = post.ContentWarningLabel ?? "",
        }));
    }

    [HttpPost("/posts/{kind}/{id:long}/edit")]
    public async Task<IActionResult> Edit(
        [FromRoute] string kind, [FromRoute] long id, [FromForm] PostEditDraft draft, [FromForm] string? intent,
        [FromServices] Composer composer, CancellationToken cancellationToken)
    {
        if (!PostKindText.TryParse(kind, out var postKind)) return NotFound();
        var held = await session.HeldIdsAsync(cancellationToken);
        var (post, outcome) = await writer.FindAsync(postKind, id, held, cancellationToken);
        if (post is null) return Refuse(outcome);

        var isStory = postKind == PostKind.Thread;
        new PostEditDraftValidator(isStory).Validate(draft).AddToModelState(ModelState);
        // An edit publishes new words too, so it gets the same private pause as a new post.
        return await composer.ComposeAsync(this,
            new Composition(intent, $"/posts/{PostKindText.Of(postKind)}/{id}/edit", draft, draft.Body,
                [.. isStory ? new[] { (nameof(draft.Title), draft.Title) } : [], (nameof(draft.Body), draft.Body)]),
            previewHtml => Task.FromResult<IActionResult>(View("Edit", new EditPostViewModel(post, draft, previewHtml))),
            async () =>
            {
                outcome = await writer.EditAsync(postKind, id, held, draft.Title, draft.Body, draft.ContentWarnings(), cancellationToken);
                return outcome == OwnPostOutcome.Done ? await BackToPostAsync(postKind, id, cancellationToken) : Refuse(outcome);
            });
    }

    [HttpGet("/posts/{kind}/{id:long}/delete")]
    public async Task<IActionResult> Delete(string kind, long id, CancellationToken cancellationToken)
    {
        if (!PostKindText.TryParse(kind, out var postKind)) return NotFound();
        var (post, outcome) = await writer.FindAsync(postKind, id, await session.HeldIdsAsync(cancellationToken), cancellationToken);
        return post is null ? Refuse(outcome) : View(post);
    }

    [HttpPost("/posts/{kind}/{id:long}/delete")]
    public async Task<IActionResult> Delete([FromRoute] string kind, [FromRoute] long id, [FromForm] bool confirm, CancellationToken cancellationToken)
    {
        if (!PostKindText.TryParse(kind, out var postKind)) return NotFound();
        var held = await session.HeldIdsAsync(cancellationToken);
        var (post, outcome) = await writer.FindAsync(postKind, id, held, cancellationToken);
        if (post is null) return Refuse(outcome);
        if (!confirm)
        {
            ModelState.AddModelError("confirm", "Tick the box to confirm. Nothing has been deleted yet.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(post);
        }
        outcome = await writer.DeleteAsync(postKind, id, held, cancellationToken);
        if (outcome != OwnPostOutcome.Done) return Refuse(outcome);
        return await writer.ThreadOfAsync(PostKind.Thread, post.ThreadId, cancellationToken) is { } thread
            ? Redirect($"/t/{thread.Id}/{thread.Slug}" + (postKind == PostKind.Reply ? $"#reply-{id}" : ""))
            : Redirect("/me");
    }

    private async Task<IActionResult> BackToPostAsync(PostKind kind, long id, CancellationToken cancellationToken)
    {
        var thread = await writer.ThreadOfAsync(kind, id, cancellationToken);
        return thread is null
            ? Redirect("/me")
            : Redirect($"/t/{thread.Id}/{thread.Slug}" + (kind == PostKind.Reply ? $"#reply-{id}" : ""));
    }

    private IActionResult Refuse(OwnPostOutcome outcome) =>
        outcome == OwnPostOutcome.NotYours ? StatusCode(StatusCodes.Status403Forbidden) : NotFound();
}
