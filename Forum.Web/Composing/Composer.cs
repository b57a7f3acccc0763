using Forum.Domain.Rendering;

namespace Forum.Web.Composing;

/// <summary>What one composer submission carries: a new story, a reply, or an edit of either.</summary>
/// <param name="Intent">The button pressed: post, preview, back to editing from the pause, or post anyway.</param>
/// <param name="PauseAction">Where the crisis pause sends the words back to.</param>
/// <param name="Texts">The fields checked for words of danger, and carried through the pause unchanged.</param>
public sealed record Composition(string? Intent, string PauseAction, IWarnedDraft Draft, string Body, params (string Name, string Value)[] Texts)
{
    /// <summary>Fields the pause carries back untouched without reading them for danger (the form's submission key).</summary>
    public IReadOnlyList<(string Name, string Value)> Carried { get; init; } = [];

    /// <summary>The posting budget the write spends (<see cref="RateLimitPolicies"/>); null for an edit, which spends none.</summary>
    public string? Budget { get; init; }

    /// <summary>The form's submission key: every send of one form is one charge.</summary>
    public Guid? SubmissionKey { get; init; }
}

/// <summary>
/// The steps every form that publishes words goes through, in one order for stories, replies and edits:
/// the validators' answer, then preview or back-to-editing, then the private crisis pause, then the write. On a
/// refusal at any step the writer gets the same form back with their words in it.
/// Only the write spends the posting budget, so nothing before it (and no refusal) costs the writer a post, and
/// the crisis lines always come before a limit.
/// </summary>
public sealed class Composer(IPostRenderer renderer, CrisisCheck crisis, PseudonymSession session, PostingBudget budget, Telemetry.ForumMeters meters)
{
    /// <param name="showAgain">The form with the writer's words, and the preview's HTML when they asked for one.</param>
    /// <param name="write">Publishes the words; its answer (a redirect to them) when it succeeds.</param>
    public async Task<IActionResult> ComposeAsync(
        Controller controller, Composition composition, Func<string?, Task<IActionResult>> showAgain, Func<Task<IActionResult>> write)
    {
        if (!controller.ModelState.IsValid) return await controller.ShowInvalidAsync(() => showAgain(null));
        if (composition.Intent == ComposeIntent.Preview)
        {
            if (!crisis.OfferHelpWithPreview(controller.HttpContext, [.. composition.Texts.Select(t => t.Value)]))
                DraftsOnDevice.KeepPreviewForBack(controller.HttpContext);
            return await showAgain(renderer.Render(composition.Body).Html);
        }
        if (composition.Intent == ComposeIntent.Edit) return await showAgain(null);
        if (crisis.ShouldPause(composition.Intent, composition.Texts.Select(t => t.Value).ToArray()))
            return crisis.Pause(controller, CrisisPauseViewModel.For(composition.PauseAction, composition.Draft, [.. composition.Texts, .. composition.Carried]));
        return await controller.WriteOrShowAgainAsync(() => ChargedWriteAsync(controller, composition, write), () => showAgain(null));
    }

    /// <summary>Charges the budget just before writing; the charge stays only if the write answered with the post.</summary>
    private async Task<IActionResult> ChargedWriteAsync(Controller controller, Composition composition, Func<Task<IActionResult>> write)
    {
        var cancellationToken = controller.HttpContext.RequestAborted;
        if (composition.Budget is { } policy)
        {
            var writer = await session.CurrentAsync(cancellationToken);
            await budget.ChargeAsync(policy, writer, newName: writer is null, composition.SubmissionKey);
            if (writer is null) await budget.CountForNewNameAsync(policy, await session.CurrentOrNewAsync(cancellationToken));
        }
        var answer = await write();
        if (answer is not (RedirectToRouteResult or RedirectToActionResult or RedirectResult)) return answer;
        budget.Keep();
        if (composition.Budget == RateLimitPolicies.Stories) meters.StoryWritten();
        else if (composition.Budget == RateLimitPolicies.Replies) meters.ReplyWritten();
        if (composition.Intent == ComposeIntent.PostAnyway) CrisisCheck.NotePostedAfterPause(controller);
        return answer;
    }
}
