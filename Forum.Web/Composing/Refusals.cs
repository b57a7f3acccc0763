namespace Forum.Web.Composing;

/// <summary>
/// The one place where a refusal becomes an answer. An entity's rule (<see cref="DomainRuleException"/>) is a 400,
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
        string reason;
        int status;
        try
        {
            return await write();
        }
        catch (DomainRuleException e)
        {
            (reason, status) = (e.Message, StatusCodes.Status400BadRequest);
        }
        catch (ModerationConflictException e)
        {
            (reason, status) = (e.Message, StatusCodes.Status409Conflict);
        }
        catch (LimitReachedException e)
        {
            (reason, status) = (e.Message, StatusCodes.Status429TooManyRequests);
            controller.Response.Headers.RetryAfter = WaitText.Seconds(e.Wait).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return await ShowRefusedAsync(controller, reason, status, showAgain, field);
    }

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
