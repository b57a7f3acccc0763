using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;

namespace Forum.Web.Controllers;

public sealed class ThreadsController(ForumReader reader, PseudonymSession session) : Controller
{
    /// <summary>The one-time note after posting: the words are up, and where the answers will come.</summary>
    public const string PostedKey = "posted";

    public const string StoryPosted = "Your story is posted. When someone replies, it will be waiting in your inbox, under “see your posts” at the top of each page.";
    public const string ReplyPosted = "Your reply is posted.";

    [HttpGet("/t/{id:long}/{slug?}", Name = RouteNames.Thread)]
    [OutputCache(PolicyName = Caching.SharedPages.Policy)]
    public async Task<IActionResult> Show(long id, string? slug, [FromQuery(Name = "after")] string? afterText, CancellationToken cancellationToken)
    {
        long? after = null;
        if (afterText is not null)
        {
            if (!long.TryParse(afterText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)) return BadRequest();
            after = parsed;
        }
        var writingAs = await session.CurrentAsync(cancellationToken);
        var page = await reader.ThreadAsync(id, after, writingAs?.Id, cancellationToken);
        if (page is null) return NotFound();
        if (slug != page.Thread.Slug)
            return RedirectPermanent(Url.Action(nameof(Show), new { id, slug = page.Thread.Slug, after })!);
        return View(new ThreadViewModel(page, new ReplyDraft(), writingAs, await session.HeldIdsAsync(cancellationToken)));
    }

    [HttpPost("/t/{id:long}/replies", Name = RouteNames.Replies)]
    public async Task<IActionResult> Reply(
        [FromRoute] long id, [FromForm] ReplyDraft draft, [FromForm] string? intent, [FromServices] IValidator<ReplyDraft> validator,
        [FromServices] ThreadWriter writer, [FromServices] Composer composer, [FromServices] ForumLinks links, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(draft, cancellationToken)).AddToModelState(ModelState);
        return await composer.ComposeAsync(this,
            new Composition(intent, links.Replies(id), draft, draft.Body, (nameof(draft.Body), draft.Body))
            {
                Carried = [(nameof(draft.Submission), draft.Submission.ToString())],
                Budget = RateLimitPolicies.Replies,
                SubmissionKey = draft.Submission,
            },
            previewHtml => ShowAgainAsync(id, draft, previewHtml, cancellationToken),
            async () =>
            {
                var author = await session.CurrentOrNewAsync(cancellationToken);
                var reply = await writer.AddReplyAsync(id, draft.Body, draft.ContentWarnings(), author, cancellationToken, draft.Submission);
                if (reply is null) return NotFound();
                // A second send of this form gets the first send's reply; the name minted for it was never saved.
                if (reply.AuthorId == author.Id) session.RememberIfNew();
                TempData[PostedKey] = ReplyPosted;
                var after = await AfterCommitAsync(() => reader.PageEndingWithAsync(id, reply.Id, cancellationToken));
                return RedirectToRoute(RouteNames.Thread, new { id, slug = reply.Thread!.Slug, after }, $"reply-{reply.Id}");
            });
    }

    /// <summary>
    /// The reply is committed by now, so it is reported as posted even if the database goes away before the page
    /// that shows it can be found: the link then opens the story at its start instead.
    /// </summary>
    private static async Task<long?> AfterCommitAsync(Func<Task<long?>> findPage)
    {
        try
        {
            return await findPage();
        }
        catch (Exception e) when (DatabaseUnavailable.IsUnavailable(e))
        {
            return null;
        }
    }

    /// <summary>The thread again with the writer's text still in the box, beside a preview of it when they asked for one.</summary>
    private async Task<IActionResult> ShowAgainAsync(long id, ReplyDraft draft, string? previewHtml, CancellationToken cancellationToken)
    {
        var writingAs = await session.CurrentAsync(cancellationToken);
        var page = await reader.ThreadAsync(id, null, writingAs?.Id, cancellationToken);
        if (page is null) return NotFound();
        return View("Show", new ThreadViewModel(page, draft, writingAs, await session.HeldIdsAsync(cancellationToken), previewHtml));
    }
}
