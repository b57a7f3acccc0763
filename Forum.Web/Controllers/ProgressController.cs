using System.Globalization;

namespace Forum.Web.Controllers;

/// <summary>
/// /me/progress: a private milestone and daily check-ins, seen only by the pseudonym whose cookie this is. Nothing
/// here takes a pseudonym id from the request: the session decides whose progress it is.
/// </summary>
public sealed class ProgressController(ProgressReader reader, ProgressWriter writer, PseudonymSession session, PostingBudget budget) : Controller
{
    [HttpGet("/me/progress", Name = RouteNames.Progress)]
    public async Task<IActionResult> Show(CancellationToken cancellationToken) =>
        await PageAsync(null, null, cancellationToken);

    [HttpPost("/me/progress/check-ins", Name = RouteNames.CheckIns)]
    public async Task<IActionResult> CheckIn([FromForm] CheckInDraft draft, [FromServices] IValidator<CheckInDraft> validator, CancellationToken cancellationToken)
    {
        validator.Validate(draft).AddToModelState(ModelState);
        if (!ModelState.IsValid) return await RefuseAsync(draft, null, cancellationToken);
        ProgressDates.TryParse(draft.Day, out var day);
        return await SaveAsync(
            who => writer.CheckInAsync(who, day, int.Parse(draft.Mood, CultureInfo.InvariantCulture), draft.Note, cancellationToken),
            draft, null, cancellationToken);
    }

    [HttpPost("/me/progress/milestone", Name = RouteNames.Milestone)]
    public async Task<IActionResult> Milestone([FromForm] MilestoneDraft draft, [FromServices] IValidator<MilestoneDraft> validator, CancellationToken cancellationToken)
    {
        validator.Validate(draft).AddToModelState(ModelState);
        if (!ModelState.IsValid) return await RefuseAsync(null, draft, cancellationToken);
        ProgressDates.TryParse(draft.StartedOn, out var startedOn);
        return await SaveAsync(who => writer.SetMilestoneAsync(who, draft.Label, startedOn, cancellationToken), null, draft, cancellationToken);
    }

    [HttpPost("/me/progress/milestone/start-again", Name = RouteNames.MilestoneStartAgain)]
    public Task<IActionResult> StartAgain(CancellationToken cancellationToken) =>
        ExistingAsync(who => writer.StartAgainAsync(who, cancellationToken), cancellationToken);

    [HttpPost("/me/progress/milestone/beside-name", Name = RouteNames.MilestoneBesideName)]
    public Task<IActionResult> BesideName([FromForm] bool show, CancellationToken cancellationToken) =>
        ExistingAsync(who => writer.ShowBesideNameAsync(who, show, cancellationToken), cancellationToken);

    [HttpPost("/me/progress/milestone/remove", Name = RouteNames.MilestoneRemove)]
    public Task<IActionResult> RemoveMilestone(CancellationToken cancellationToken) =>
        ExistingAsync(who => writer.RemoveMilestoneAsync(who, cancellationToken), cancellationToken);

    /// <summary>Changes to a count need a pseudonym that already has one; without a cookie there is nothing to change.</summary>
    private async Task<IActionResult> ExistingAsync(Func<Domain.Pseudonyms.Pseudonym, Task> change, CancellationToken cancellationToken)
    {
        if (await session.CurrentAsync(cancellationToken) is null) return await RefuseAsync(null, null, cancellationToken, "There's no count to change on this browser yet.");
        return await SaveAsync(change, null, null, cancellationToken);
    }

    private Task<IActionResult> SaveAsync(Func<Domain.Pseudonyms.Pseudonym, Task> change, CheckInDraft? checkIn, MilestoneDraft? milestone, CancellationToken cancellationToken) =>
        this.WriteOrShowAgainAsync(async () =>
        {
            // Charged like any other write, to the name and the address: a script pressing "start again" is refused.
            var current = await session.CurrentAsync(cancellationToken);
            await budget.ChargeAsync(RateLimitPolicies.Progress, current, newName: current is null);
            var who = await session.CurrentOrNewAsync(cancellationToken);
            if (current is null) await budget.CountForNewNameAsync(RateLimitPolicies.Progress, who);
            await change(who);
            budget.Keep();
            this.Keep(session.RememberIfNew());
            return RedirectToRoute(RouteNames.Progress);
        }, () => PageAsync(checkIn, milestone, cancellationToken));

    private Task<IActionResult> RefuseAsync(CheckInDraft? checkIn, MilestoneDraft? milestone, CancellationToken cancellationToken, string? message = null) =>
        message is null
            ? this.ShowInvalidAsync(() => PageAsync(checkIn, milestone, cancellationToken))
            : this.ShowRefusedAsync(message, StatusCodes.Status400BadRequest, () => PageAsync(checkIn, milestone, cancellationToken));

    private async Task<IActionResult> PageAsync(CheckInDraft? checkIn, MilestoneDraft? milestone, CancellationToken cancellationToken)
    {
        var who = await session.CurrentAsync(cancellationToken);
        var page = who is null ? new ProgressPage(writer.Today, null, []) : await reader.ReadAsync(who.Id, cancellationToken);
        var today = page.On(page.Today);
        checkIn ??= new CheckInDraft
        {
            Day = ProgressDates.Format(page.Today),
            Mood = today?.Mood.ToString(CultureInfo.InvariantCulture) ?? "",
            Note = today?.Note ?? "",
        };
        milestone ??= new MilestoneDraft
        {
            Label = page.Milestone?.Label ?? "",
            StartedOn = ProgressDates.Format(page.Milestone?.StartedOn ?? page.Today),
        };
        return View("Show", new ProgressViewModel(who, page, ProgressChart.Draw(page.CheckIns, page.Today), checkIn, milestone));
    }
}
