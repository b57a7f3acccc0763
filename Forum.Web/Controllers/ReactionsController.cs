namespace Forum.Web.Controllers;

/// <summary>
/// "This feels familiar". The form names the state the reader wants (pressed or not) rather than "toggle",
/// so that a double submit lands in the same place. Without JavaScript the answer is a redirect back to the
/// post; the in-place script asks for JSON instead.
/// </summary>
public sealed class ReactionsController(ReactionWriter writer, PseudonymSession session) : Controller
{
    /// <summary>TempData key: the name just made for this reader, shown once on the page they return to.</summary>
    public const string NewNameKey = "familiar-new-name";

    [HttpPost("/posts/{kind:postkind}/{id:long}/familiar", Name = RouteNames.Familiar)]
    public async Task<IActionResult> Familiar(
        [FromRoute(Name = "kind")] PostKind postKind, [FromRoute] long id, [FromForm(Name = "familiar")] bool? familiar, [FromForm(Name = "after")] long? after,
        [FromServices] PostingBudget budget, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || familiar is null) return BadRequest();

        FamiliarState? state;
        try
        {
            // Charged to the reader's name and the address together; a press that makes a name pays for the name too.
            var reader = await session.CurrentAsync(cancellationToken);
            await budget.ChargeAsync(RateLimitPolicies.Reactions, reader, newName: familiar.Value && reader is null);
            state = familiar.Value
                ? await writer.ReactAsync(postKind, id, await session.CurrentOrNewAsync(cancellationToken), cancellationToken)
                : await writer.TakeBackAsync(postKind, id, reader, cancellationToken);
        }
        catch (DomainRuleException e)
        {
            // A refused press costs what an accepted one does, so refusals can't be used to probe for free.
            budget.Keep();
            session.ForgetUnsaved();
            return Refused(StatusCodes.Status400BadRequest, e.Message);
        }
        catch (LimitReachedException e)
        {
            Response.Headers.RetryAfter = WaitText.Seconds(e.Wait).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Refused(StatusCodes.Status429TooManyRequests, e.Message);
        }
        // A press at a post the reader can't see spends what one at a post they can: probing costs the same.
        budget.Keep();
        if (state is null)
        {
            session.ForgetUnsaved();
            return NotFound();
        }

        var minted = session.RememberIfNew();
        if (WantsJson) return Json(FamiliarResponse.From(state, minted, HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Forum.Web.Resources.SharedText>>()));
        if (minted is not null) TempData[NewNameKey] = minted.Pseudonym.Name;
        this.Keep(minted);
        // The story is shown whole only on the first page of replies; a reply stays on the page it was pressed on.
        var (page, anchor) = postKind == PostKind.Story ? (null, "story") : (after, $"reply-{state.PostId}");
        return RedirectToRoute(RouteNames.Story, new { id = state.StoryId, slug = state.StorySlug, after = page }, anchor);
    }

    private IActionResult Refused(int status, string reason)
    {
        Response.StatusCode = status;
        return WantsJson ? Json(new { message = reason }) : View("Refused", reason);
    }

    private bool WantsJson =>
        Request.GetTypedHeaders().Accept.Any(type => type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase));
}
