using Forum.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Forum.Web.Composing;

/// <summary>
/// The one place where a refusal becomes an answer. An entity's rule (<see cref="DomainRuleException"/>) is a 400 (a 409 when the post changed while they wrote),
/// a moderator acting on an outdated page (<see cref="ModerationConflictException"/>) a 409, and a spent posting
/// budget (<see cref="LimitReachedException"/>) a 429 with Retry-After. Every way the same form is shown again,
/// with what the person wrote still in it and the reason above it, and nothing was saved.
/// </summary>
public static class Refusals
{
    /// <param name="write">The one thing the action does; its answer when it succeeds.</param>
    /// <param name="showAgain">The form as it was sent, to show beside the reason.</param>
    /// <param name="field">The field the reason belongs to, or "" for the whole form.</param>
    public static async Task<IActionResult> WriteOrShowAgainAsync(
        this Controller controller, Func<Task<IActionResult>> write, Func<Task<IActionResult>> showAgain, string field = "")
    {
        var (done, refusal) = await TryAsync(controller, write);
        return done ?? await ShowRefusedAsync(controller, refusal!.Reason, refusal.Status, showAgain, field);
    }

    /// <summary>
    /// A press ("this feels familiar", following a story): a form with no words that spends what a reaction does,
    /// makes a name when it needs one, and answers with a short page (or JSON, for the in-place script) when refused.
    /// </summary>
    /// <param name="wantsName">Whether the press makes a name for a reader without one (pressing, not taking back).</param>
    /// <param name="press">The write, given the reader's name if any; null when the post isn't there for them.</param>
    /// <param name="done">The answer once the write is saved, with the name made for it if one was.</param>
    public static async Task<IActionResult> PressAsync<T>(
        this Controller controller, PseudonymSession session, PostingBudget budget, bool wantsName,
        Func<Pseudonym?, Task<T?>> press, Func<T, MintedName?, IActionResult> done, CancellationToken cancellationToken)
        where T : class
    {
        var (pressed, refusal) = await TryAsync(controller, async () =>
        {
            // Charged to the reader's name and the address together; a press that makes a name pays for the name too.
            var reader = await session.CurrentAsync(cancellationToken);
            await budget.ChargeAsync(RateLimitPolicies.Reactions, reader, newName: wantsName && reader is null);
            return await press(reader);
        });
        // A refused press costs what an accepted one does, and one at a post the reader can't see what one at a post
        // they can: neither can be used to probe for free. Only a spent budget is charged nothing more.
        if (refusal?.Status != StatusCodes.Status429TooManyRequests) budget.Keep();
        if (refusal is not null || pressed is null)
        {
            session.ForgetUnsaved();
            if (refusal is null) return controller.NotFound();
            controller.Response.StatusCode = refusal.Status;
            return WantsJson(controller.Request) ? controller.Json(new { message = refusal.Reason }) : controller.View("~/Views/Shared/Refused.cshtml", refusal.Reason);
        }
        return done(pressed, session.RememberIfNew());
    }

    /// <summary>Whether the in-place script asked for JSON rather than a page.</summary>
    public static bool WantsJson(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(type => type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase));

    private sealed record Refusal(string Reason, int Status);

    /// <summary>The one ladder from a refusal to its reason and status; a spent budget also says when to try again.</summary>
    private static async Task<(T? Done, Refusal? Refused)> TryAsync<T>(Controller controller, Func<Task<T>> write)
    {
        try
        {
            return (await write(), null);
        }
        catch (DomainRuleException e)
        {
            // Something that changed while they wrote is no mistake of theirs: a conflict with the story as it is now.
            return (default, new Refusal(Said(controller, e), e.ChangedMeanwhile ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest));
        }
        catch (ModerationConflictException e)
        {
            return (default, new Refusal(e.Message, StatusCodes.Status409Conflict));
        }
        catch (LimitReachedException e)
        {
            controller.Response.Headers.RetryAfter = WaitText.Seconds(e.Wait).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return (default, new Refusal(e.Message, StatusCodes.Status429TooManyRequests));
        }
    }

    /// <summary>
    /// A reason with no blanks stays English, the key the page reads it by (_FieldError, the field tag helper). One
    /// with blanks ("this one has 1,204 characters") can't be found by its filled-in English, so it is put into the
    /// reader's language here, from its sentence.
    /// </summary>
    private static string Said(Controller controller, DomainRuleException refusal) =>
        refusal.Blanks.Length == 0
            ? refusal.Message
            : controller.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedText>>()[refusal.Sentence, refusal.Blanks].Value;

    /// <summary>A refusal found before writing (a missing choice, say), shown the same way.</summary>
    public static async Task<IActionResult> ShowRefusedAsync(
        this Controller controller, string reason, int status, Func<Task<IActionResult>> showAgain, string field = "")
    {
        controller.ModelState.AddModelError(field, reason);
        var shown = await showAgain();
        // The page may be a 404 by now (the post went meanwhile); only a form shown again carries the refusal's status.
        if (shown is ViewResult) controller.Response.StatusCode = status;
        return shown;
    }

    /// <summary>Shows a form again because of what the model binder and validators already put in ModelState.</summary>
    public static async Task<IActionResult> ShowInvalidAsync(this Controller controller, Func<Task<IActionResult>> showAgain)
    {
        var shown = await showAgain();
        if (shown is ViewResult) controller.Response.StatusCode = StatusCodes.Status400BadRequest;
        return shown;
    }
}
