namespace Forum.Web.Controllers;

/// <summary>
/// "This feels familiar". The form names the state the reader wants (pressed or not) rather than "toggle",
/// so that a double submit lands in the same place. Without JavaScript the answer is a redirect back to the
/// post; the in-place script asks for JSON instead.
/// </summary>
public sealed class ReactionsController(
    ReactionWriter writer, PseudonymSession session, Microsoft.Extensions.Localization.IStringLocalizer<Forum.Web.Resources.SharedText> text) : Controller
{
    [HttpPost("/posts/{kind:postkind}/{id:long}/familiar", Name = RouteNames.Familiar)]
    public async Task<IActionResult> Familiar(
        [FromRoute(Name = "kind")] PostKind postKind, [FromRoute] long id, [FromForm(Name = "familiar")] bool? familiar, [FromForm(Name = "after")] long? after,
        [FromServices] PostingBudget budget, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || familiar is null) return BadRequest();

        return await this.PressAsync(session, budget, wantsName: familiar.Value,
            async reader => familiar.Value
                ? await writer.ReactAsync(postKind, id, await session.CurrentOrNewAsync(cancellationToken), cancellationToken)
                : await writer.TakeBackAsync(postKind, id, reader, cancellationToken),
            (state, minted) =>
            {
                if (Refusals.WantsJson(Request)) return Json(FamiliarResponse.From(state, minted, text));
                if (minted is not null) this.LeaveNote(PageNoteKind.NewName, FamiliarText.NewNameSentence, minted.Pseudonym.Name);
                this.Keep(minted);
                // Back to the page it was pressed on (the story's own button is only on the first, which sends no "after").
                return RedirectToRoute(RouteNames.Story, new { id = state.StoryId, slug = state.StorySlug, after }, ForumLinks.PostAnchor(state.PostKind, state.PostId));
            }, cancellationToken);
    }
}
