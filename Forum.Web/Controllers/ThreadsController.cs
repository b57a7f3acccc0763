using System.Globalization;
using FluentValidation;
using Forum.Web.Infrastructure;
using Forum.Data.Reading;
using Forum.Data.Writing;
using Forum.Domain;
using Forum.Domain.Validation;
using Forum.Web.Identity;
using Forum.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace Forum.Web.Controllers;

public sealed class ThreadsController(ForumReader reader, PseudonymSession session) : Controller
{
    [HttpGet("/t/{id:long}/{slug?}")]
    public async Task<IActionResult> Show(long id, string? slug, [FromQuery(Name = "after")] string? afterText, CancellationToken cancellationToken)
    {
        long? after = null;
        if (afterText is not null)
        {
            if (!long.TryParse(afterText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)) return BadRequest();
            after = parsed;
        }
        var page = await reader.ThreadAsync(id, after, cancellationToken);
        if (page is null) return NotFound();
        if (slug != page.Thread.Slug)
            return RedirectPermanent(Url.Action(nameof(Show), new { id, slug = page.Thread.Slug, after })!);
        return View(new ThreadViewModel(page, new ReplyDraft(), await session.CurrentAsync(cancellationToken)));
    }

    [HttpPost("/t/{id:long}/replies")]
    public async Task<IActionResult> Reply(
        long id, [FromForm] ReplyDraft draft, [FromServices] IValidator<ReplyDraft> validator,
        [FromServices] ThreadWriter writer, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(draft, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid) return await RefuseAsync(id, draft, cancellationToken);

        try
        {
            var reply = await writer.AddReplyAsync(id, draft.Body, await session.CurrentOrNewAsync(cancellationToken), cancellationToken);
            if (reply is null) return NotFound();
            session.RememberIfNew();
            var after = await reader.PageEndingWithAsync(id, reply.Id, cancellationToken);
            return Redirect(Url.Action(nameof(Show), new { id, slug = reply.Thread!.Slug, after }) + $"#reply-{reply.Id}");
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError("", e.Message);
            return await RefuseAsync(id, draft, cancellationToken);
        }
    }

    /// <summary>The thread again, with the writer's text still in the box and the reason beside it.</summary>
    private async Task<IActionResult> RefuseAsync(long id, ReplyDraft draft, CancellationToken cancellationToken)
    {
        var page = await reader.ThreadAsync(id, null, cancellationToken);
        if (page is null) return NotFound();
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Show", new ThreadViewModel(page, draft, await session.CurrentAsync(cancellationToken)));
    }
}
