using Forum.Web.Controllers;
using Forum.Web.Resources;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Localization;

namespace Forum.Web.Push;

/// <summary>
/// Asking, per name, to be told on this device when something new waits for it, and stopping. Each press is one
/// name's, written in its own transaction, so two names one browser keeps never meet in one request or one row.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class PushController(PseudonymSession session, PushSubscriptionWriter writer, IOptions<PushOptions> options,
    IStringLocalizer<SharedText> text) : Controller
{
    public const string Told = "This device will be told when something new is waiting for {0}.";
    public const string NoLongerTold = "No device is told about {0} any more.";

    /// <summary>
    /// The one service worker, served in each name's own folder so that folder is its scope. It stores nothing and
    /// fetches nothing: it only shows the message, in the words /me gave it.
    /// </summary>
    [HttpGet("/push/{scope:regex(" + PushScopes.Pattern + ")}/sw.js", Name = RouteNames.PushWorker)]
    public IActionResult Worker(string scope, [FromServices] IWebHostEnvironment environment)
    {
        var file = environment.WebRootFileProvider.GetFileInfo("js/push-worker.js");
        // Always asked again: a fixed worker that never updates would keep yesterday's words.
        Response.Headers.CacheControl = "no-cache";
        return File(file.CreateReadStream(), "text/javascript; charset=utf-8");
    }

    /// <summary>
    /// The script fills in what the browser gave for this name's own scope. Without a script there is nothing to
    /// fill in, and the page says so rather than pretending.
    /// </summary>
    [HttpPost("/me/pseudonyms/{id:guid}/push", Name = RouteNames.PushOn)]
    public async Task<IActionResult> On([FromRoute] Guid id, [FromForm] string? endpoint, [FromForm] string? p256dh, [FromForm] string? auth,
        [FromForm] string? kind, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled) return NotFound();
        if (await session.KeptAsync(id, cancellationToken) is not { } pseudonym) return StatusCode(StatusCodes.Status403Forbidden);
        try
        {
            var subscription = PushSubscription.For(pseudonym.Id, endpoint, p256dh, auth, options.Value.LocalEndpointsAllowed, kind);
            await writer.SubscribeAsync(subscription, cancellationToken);
            TempData[MeController.NoticeKey] = text[Told, pseudonym.Name].Value;
        }
        catch (DomainRuleException refused)
        {
            TempData[MeController.NoticeKey] = text[refused.Message].Value;
        }
        return RedirectToRoute(RouteNames.Me);
    }

    /// <summary>Every device of the name: without a script the page can't tell which device this is.</summary>
    [HttpPost("/me/pseudonyms/{id:guid}/push/off", Name = RouteNames.PushOff)]
    public async Task<IActionResult> Off([FromRoute] Guid id, CancellationToken cancellationToken)
    {
        if (await session.KeptAsync(id, cancellationToken) is not { } pseudonym) return StatusCode(StatusCodes.Status403Forbidden);
        await writer.UnsubscribeAsync(pseudonym.Id, endpoint: null, cancellationToken);
        TempData[MeController.NoticeKey] = text[NoLongerTold, pseudonym.Name].Value;
        return RedirectToRoute(RouteNames.Me);
    }
}
