using Forum.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Forum.Web.Controllers;

/// <summary>
/// /me: the pseudonyms this browser holds, switching between them, making, recovering and burning them, the
/// inbox, and the export. Everything here is private to the browser, so no page of it is ever cached.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class MeController(PseudonymSession session, PseudonymWriter writer, IStringLocalizer<SharedText> text) : Controller
{
    internal const string NoticeKey = "me-notice";
    private const int WaitingOnMe = 5;

    public const string WrongRecoveryKey =
        "That key doesn't bring back a pseudonym here. Check it letter by letter: capitals and dashes don't matter. " +
        "If the key is lost, nobody can recover the pseudonym, but you can make a new one any time.";

    public const string BrowserFull =
        "This browser already holds as many pseudonyms as it can keep. Burn one you no longer need, and there will be room.";

    [HttpGet("/me", Name = RouteNames.Me)]
    public async Task<IActionResult> Index(
        [FromServices] MeReader reader, [FromServices] ForumReader forum, [FromServices] TimeProvider clock, CancellationToken cancellationToken)
    {
        var kept = await session.KeptAsync(cancellationToken);
        var inbox = await reader.InboxAsync(kept.Select(p => p.Id).ToList(), cancellationToken);
        // A verified peer supporter came to support others: the stories nobody has answered come first for them.
        // Read only for them, so nobody else's /me pays for the query.
        var waiting = kept.Any(p => p.Badge == VerifiedBadge.PeerSupporter)
            ? (await forum.WaitingAsync(null, WaitingOnMe, cancellationToken)).AllFirst(WaitingOnMe)
            : null;
        return View(new MeViewModel(kept, inbox, DiscreetTitles.IsOn(Request), await session.HasRoomAsync(cancellationToken), TempData[NoticeKey] as string,
            KeptBanned: kept.Count > 0 && kept[0].IsBanned(clock.GetUtcNow()), Waiting: waiting));
    }

    [HttpPost("/me/current", Name = RouteNames.MeCurrent)]
    public async Task<IActionResult> Switch([FromForm] Guid id, CancellationToken cancellationToken)
    {
        if (!await session.SwitchToAsync(id, cancellationToken)) return Forbid403();
        TempData[NoticeKey] = text["You're writing as {0} now.", (await session.CurrentAsync(cancellationToken))!.Name].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("/me/new", Name = RouteNames.NewPseudonym)]
    public async Task<IActionResult> New(CancellationToken cancellationToken) =>
        View(new NewPseudonymViewModel(new NameDraft(), PseudonymNameGenerator.Next(), await session.HasRoomAsync(cancellationToken)));

    /// <summary>Answers with the recovery key itself rather than a redirect: it is shown this once and never again.</summary>
    /// <remarks>Only a name actually made spends the address's new-name budget; a refused one costs nothing.</remarks>
    [HttpPost("/me/pseudonyms", Name = RouteNames.Pseudonyms)]
    public async Task<IActionResult> Create(
        [FromForm] NameDraft draft, [FromServices] IValidator<NameDraft> validator, [FromServices] PostingBudget budget, CancellationToken cancellationToken)
    {
        var hasRoom = await session.HasRoomAsync(cancellationToken);
        if (!hasRoom) ModelState.AddModelError("", BrowserFull);
        else (await validator.ValidateAsync(draft, cancellationToken)).AddToModelState(ModelState);
        Task<IActionResult> ShowAgainAsync() => Task.FromResult<IActionResult>(View("New", new NewPseudonymViewModel(draft, PseudonymNameGenerator.Next(), hasRoom)));
        if (!ModelState.IsValid) return await this.ShowInvalidAsync(ShowAgainAsync);
        return await this.WriteOrShowAgainAsync(async () =>
        {
            await budget.ChargeNewNameAsync();
            var (pseudonym, key) = await writer.CreateAsync(draft.Name, cancellationToken);
            budget.Keep();
            session.Hold(pseudonym, key.Secret());
            return View("RecoveryKey", new RecoveryKeyViewModel(pseudonym.Name, key.ToString(), Replaced: false));
        }, ShowAgainAsync, nameof(NameDraft.Name));
    }

    [HttpPost("/me/pseudonyms/{id:guid}/recovery-key", Name = RouteNames.RecoveryKey)]
    public async Task<IActionResult> IssueRecoveryKey([FromRoute] Guid id, CancellationToken cancellationToken)
    {
        if (await session.KeptAsync(id, cancellationToken) is not { } pseudonym) return Forbid403();
        var replaced = pseudonym.HasRecoveryKey;
        var (key, secret) = await writer.IssueRecoveryKeyAsync(pseudonym, cancellationToken);
        session.Hold(pseudonym, secret);
        return View("RecoveryKey", new RecoveryKeyViewModel(pseudonym.Name, key.ToString(), replaced));
    }

    [HttpGet("/me/recover", Name = RouteNames.Recover)]
    public IActionResult Recover() => View();

    [EnableRateLimiting(RateLimitPolicies.Recovery)]
    [HttpPost("/me/recover")]
    public async Task<IActionResult> Recover([FromForm(Name = "key")] string? keyText, CancellationToken cancellationToken)
    {
        if (!await session.HasRoomAsync(cancellationToken)) return RecoverRefused(BrowserFull);
        // Wrong and malformed keys get the same answer, so the message says nothing about which keys exist.
        if (!RecoveryKey.TryParse(keyText, out var key) || await writer.RecoverAsync(key, cancellationToken) is not { } pseudonym)
            return RecoverRefused(WrongRecoveryKey);
        session.Hold(pseudonym, key.Secret());
        TempData[NoticeKey] = text["Welcome back. This browser now holds {0}, and you're writing as it.", pseudonym.Name].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("/me/pseudonyms/{id:guid}/burn", Name = RouteNames.Burn)]
    public async Task<IActionResult> Burn(Guid id, CancellationToken cancellationToken) =>
        await session.KeptAsync(id, cancellationToken) is { } pseudonym
            ? View(new BurnViewModel(pseudonym, new BurnDraft()))
            : Forbid403();

    [HttpPost("/me/pseudonyms/{id:guid}/burn")]
    public async Task<IActionResult> Burn([FromRoute] Guid id, [FromForm] BurnDraft draft, [FromServices] IValidator<BurnDraft> validator, CancellationToken cancellationToken)
    {
        if (await session.KeptAsync(id, cancellationToken) is not { } pseudonym) return Forbid403();
        (await validator.ValidateAsync(draft, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new BurnViewModel(pseudonym, draft));
        }
        var name = pseudonym.Name;
        await writer.BurnAsync(id, draft.RemovesPosts, cancellationToken);
        session.Forget(id);
        TempData[NoticeKey] = draft.RemovesPosts
            ? text["{0} is gone, and so is the text of everything it wrote.", name].Value
            : text["{0} is gone. Its posts stay, under “a former member”.", name].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("/me/pseudonyms/{id:guid}/export", Name = RouteNames.Export)]
    public async Task<IActionResult> Export(Guid id, [FromServices] PseudonymExport export, CancellationToken cancellationToken)
    {
        if (await session.KeptAsync(id, cancellationToken) is null) return Forbid403();
        var gathered = await export.GatherAsync(id, cancellationToken);
        Response.Headers.ContentDisposition = $"attachment; filename=\"forum-export-{id:N}.json\"";
        return Json(gathered);
    }

    /// <summary>One name's inbox: each name the browser holds is marked read by its own press, never together with another.</summary>
    [HttpPost("/me/pseudonyms/{id:guid}/inbox/read", Name = RouteNames.InboxRead)]
    public async Task<IActionResult> MarkRead([FromRoute] Guid id, [FromForm] long through, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || through < 0) return BadRequest();
        if (await session.KeptAsync(id, cancellationToken) is not { } pseudonym) return Forbid403();
        await writer.MarkInboxReadAsync(pseudonym, through, cancellationToken);
        return RedirectToAction(nameof(Index), null, "inbox");
    }

    /// <summary>
    /// Marks one notice from the moderators read, then goes back to the page it was read on. A notice this browser
    /// doesn't hold, or one read already, changes nothing and gets the same answer, so nothing is said about it.
    /// One notice per request: marking two names' notices with one timestamp would tie them together.
    /// </summary>
    [HttpPost("/me/notices/{id:long}/read", Name = RouteNames.NoticeRead)]
    public async Task<IActionResult> ReadNotice([FromRoute] long id, [FromForm] string? back, CancellationToken cancellationToken)
    {
        var kept = await session.KeptAsync(cancellationToken);
        if (kept.FirstOrDefault(p => p.Notices.Any(n => n.Id == id)) is { } addressee)
            await writer.ReadNoticeAsync(addressee, id, cancellationToken);
        return Url.IsLocalUrl(back) ? LocalRedirect(back) : RedirectToAction(nameof(Index));
    }

    [HttpPost("/me/discreet", Name = RouteNames.Discreet)]
    public IActionResult Discreet([FromForm] bool on)
    {
        DiscreetTitles.Set(HttpContext, on);
        TempData[NoticeKey] = text[on ? "Tab titles now just say “Notes”." : "Tab titles name the page again."].Value;
        return RedirectToAction(nameof(Index));
    }

    private IActionResult RecoverRefused(string message)
    {
        ModelState.AddModelError("key", message);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Recover");
    }

    /// <summary>A pseudonym this browser doesn't hold: refused, and nothing said about whether it exists.</summary>
    private StatusCodeResult Forbid403() => StatusCode(StatusCodes.Status403Forbidden);
}
