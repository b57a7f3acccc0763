namespace Forum.Web.Push;

/// <summary>
/// One name's "Tell this device when someone answers" on /me, with what its script needs: the name's own scope, the
/// forum's public key, and the words the device will show. Nothing when notifications are off.
/// </summary>
public sealed class PushChoiceViewComponent(PushKeys keys, PushSubscriptionWriter subscriptions, IOptions<PushOptions> options) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Pseudonym pseudonym)
    {
        if (!options.Value.Enabled) return Content("");
        var pair = await keys.GetAsync(HttpContext.RequestAborted);
        var devices = await subscriptions.CountAsync(pseudonym.Id, HttpContext.RequestAborted);
        return View(new PushChoice(pseudonym, PushScopes.For(pseudonym.Id, keys.ScopeKey), pair.PublicKey, devices));
    }

    public sealed record PushChoice(Pseudonym Pseudonym, string Scope, string PublicKey, int Devices);
}
