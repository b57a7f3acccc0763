using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;

namespace Forum.Web.Controllers;

public sealed class StoriesController(ForumReader reader, PseudonymSession session) : Controller
{
    // The one-time notes after posting (PageNotes): the words are up, and where the answers will come.
    public const string StoryPosted = "Your story is posted. When someone replies, it will be waiting in your inbox, under “see your posts” at the top of each page.";
    public const string ReplyPosted = "Your reply is posted. When someone answers after you, it will come to your inbox.";
    public const string EditSaved = "Your changes are saved.";
    public const string FollowingNow = "You're following this story. New replies to it will come to your inbox, under “see your posts” at the top of each page.";
    public const string NotFollowing = "You've stopped following this story. Nothing more from it will come to your inbox.";

    [HttpGet("/t/{id:long}/{slug?}", Name = RouteNames.Story)]
    [OutputCache(PolicyName = Caching.SharedPages.Policy)]
    public async Task<IActionResult> Show(long id, string? slug, [FromQuery(Name = "after")] string? afterText, CancellationToken cancellationToken)
    {
        long? after = null;
        if (afterText is not null)
        {
            if (!long.TryParse(afterText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)) return BadRequest();
            after = parsed;
        }
        // The header's pseudonyms and counts come in the story's statement: one round trip for the page (issue 32).
        var (page, writingAs) = await session.ReadWithKeptAsync(
            (first, kept) => reader.StoryWithKeptAsync(id, after, first, kept, cancellationToken),
            readerId => reader.StoryAsync(id, after, readerId, cancellationToken), cancellationToken);
        if (page is null) return NotFound();
        if (slug != page.Story.Slug)
            return RedirectPermanent(Url.Action(nameof(Show), new { id, slug = page.Story.Slug, after })!);
        return View(new StoryViewModel(page, new ReplyDraft(), writingAs, await session.KeptIdsAsync(cancellationToken)));
    }

    /// <summary>The reply composer on its own page, with the chosen post quoted as Markdown: quoting without script.</summary>
    [HttpGet("/t/{id:long}/reply", Name = RouteNames.ReplyForm)]
    public async Task<IActionResult> ReplyQuoting(
        long id, [FromQuery] string? kind, [FromQuery] long? post, [FromServices] TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid) return BadRequest();
        // Without a post it is the plain composer (where script brings a selected passage); a post needs both parts.
        var quoting = kind is not null || post is not null;
        if (quoting && (!PostKindText.Codes.TryParse(kind, out _) || post is null)) return BadRequest();
        var writingAs = await session.CurrentAsync(cancellationToken);
        // No replies are read: the page shows the story's title and the composer only.
        var page = await reader.StoryAsync(id, long.MaxValue, writingAs?.Id, cancellationToken);
        // A story its writer took back keeps its page for others' replies, but takes none: no reply form, as if it weren't there.
        if (page is null || page.Story.IsDeletedByWriter) return NotFound();
        var source = quoting ? await reader.QuotableSourceAsync(id, PostKindText.Codes.Parse(kind!), post!.Value, cancellationToken) : "";
        if (source is null) return NotFound();
        var draft = new ReplyDraft { Body = quoting ? Forum.Domain.Rendering.MarkdownQuote.Of(source) : "" };
        var model = new StoryViewModel(page, draft, writingAs, []);
        if (!model.CanReply(clock.GetUtcNow())) return RedirectToRoute(RouteNames.Story, new { id, slug = page.Story.Slug });
        return View("Reply", model);
    }

    [HttpPost("/t/{id:long}/replies", Name = RouteNames.Replies)]
    public async Task<IActionResult> Reply(
        [FromRoute] long id, [FromForm] ReplyDraft draft, [FromForm] string? intent, [FromServices] IValidator<ReplyDraft> validator,
        [FromServices] StoryWriter writer, [FromServices] Composer composer, [FromServices] ForumLinks links, [FromServices] Push.PushNews news,
        CancellationToken cancellationToken)
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
                if (reply is null)
                {
                    session.ForgetUnsaved();
                    return NotFound();
                }
                // Committed: the devices of the names it comes to hear of it in the background, never holding up this page.
                news.ReplyWritten(reply.Id);
                // A second send of this form gets the first send's reply; the name minted for it was never saved.
                if (reply.AuthorId == author.Id) this.Keep(session.RememberIfNew());
                this.LeaveNote(PageNoteKind.Posted, ReplyPosted);
                var after = await AfterCommitAsync(() => reader.PageEndingWithAsync(id, reply.Id, cancellationToken));
                return RedirectToRoute(RouteNames.Story, new { id, slug = reply.Story!.Slug, after }, $"reply-{reply.Id}");
            });
    }

    /// <summary>
    /// Follow a story (its new replies come to the inbox), or stop. The form names the state wanted, so a double
    /// press lands in the same place. Following without a name makes one, as "this feels familiar" does.
    /// </summary>
    [HttpPost("/t/{id:long}/follow", Name = RouteNames.Follow)]
    public async Task<IActionResult> Follow(
        [FromRoute] long id, [FromForm] bool? follow, [FromServices] FollowWriter writer, [FromServices] PostingBudget budget, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || follow is null) return BadRequest();
        return await this.PressAsync(session, budget, wantsName: follow.Value,
            async reader => follow.Value
                ? await writer.FollowAsync(id, await session.CurrentOrNewAsync(cancellationToken), cancellationToken)
                : await writer.UnfollowAsync(id, reader, cancellationToken),
            (slug, minted) =>
            {
                this.Keep(minted);
                this.LeaveNote(PageNoteKind.Posted, follow.Value ? FollowingNow : NotFollowing);
                return RedirectToRoute(RouteNames.Story, new { id, slug }, "story");
            }, cancellationToken);
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
        var page = await reader.StoryAsync(id, null, writingAs?.Id, cancellationToken);
        if (page is null) return NotFound();
        return View("Show", new StoryViewModel(page, draft, writingAs, await session.KeptIdsAsync(cancellationToken), previewHtml, DraftReturned: true));
    }
}
