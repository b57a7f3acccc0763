namespace Forum.Web.AntiAbuse;

/// <summary>
/// What one request spends of the posting budgets. A post is charged to its pseudonym and to the client address
/// together, so new names don't bring new budgets; a name minted for the occasion is charged to the address's
/// new-name budget, wherever it is minted. Charges are taken just before the write and kept only when something
/// was written: previews, the crisis pause, refusals and failed writes give theirs back when the request ends.
/// </summary>
public sealed class PostingBudget(IPostingBudgets budgets, RateLimitSettings settings, ClientAddressKey addresses, IHttpContextAccessor http, Telemetry.ForumMeters meters) : IDisposable
{
    private readonly List<BudgetCharge> _charges = [];
    private bool _nameCharged;

    /// <summary>
    /// Charges one <paramref name="policy"/> to <paramref name="writer"/> and this address, and a new name to this
    /// address when <paramref name="newName"/>; all or nothing.
    /// </summary>
    /// <param name="once">The form's submission key: sends of the same form share one charge.</param>
    /// <exception cref="LimitReachedException">A budget is spent; nothing was charged.</exception>
    public async Task ChargeAsync(string policy, Pseudonym? writer, bool newName, Guid? once = null)
    {
        if (!settings.Enabled) return;
        var address = Address;
        var window = settings.For(policy);
        var wanted = new List<(string, int, TimeSpan)> { ($"{policy}@{address}", window.PerAddress, window.Window) };
        if (writer is not null) wanted.Add(($"{policy}@pseudonym:{writer.Id:N}", window.PermitLimit, window.Window));
        if (newName && !_nameCharged) wanted.Add(NewNameBudget(address));
        await TakeAsync(wanted, once is { } key ? $"{policy}@{address}#{key:N}" : null);
        if (newName) _nameCharged = true;
    }

    /// <summary>
    /// A name made for this post (already paid for by <see cref="ChargeAsync"/>) starts its own <paramref name="policy"/>
    /// budget with it, as if it had written under that name all along.
    /// </summary>
    public async Task CountForNewNameAsync(string policy, Pseudonym minted)
    {
        if (!settings.Enabled) return;
        var window = settings.For(policy);
        // A name nobody has used has its whole budget; a limit configured to nothing is already refused above.
        if ((await budgets.TakeAsync([($"{policy}@pseudonym:{minted.Id:N}", window.PermitLimit, window.Window)], null)).Charge is { } charge) _charges.Add(charge);
    }

    /// <summary>Charges the name being minted in this request to the address, unless <see cref="ChargeAsync"/> already did.</summary>
    /// <exception cref="LimitReachedException">The address has made its names for now.</exception>
    public async Task ChargeNewNameAsync()
    {
        if (!settings.Enabled || _nameCharged) return;
        await TakeAsync([NewNameBudget(Address)], null);
        _nameCharged = true;
    }

    /// <summary>Something was written: what this request was charged stays spent.</summary>
    public void Keep()
    {
        foreach (var charge in _charges) charge.Keep();
    }

    /// <summary>The request is over; whatever was not kept goes back.</summary>
    public void Dispose()
    {
        foreach (var charge in _charges) charge.Dispose();
        _charges.Clear();
    }

    private string Address => $"address:{addresses.Of(http.HttpContext?.Connection.RemoteIpAddress)}";

    private (string, int, TimeSpan) NewNameBudget(string address) =>
        ($"{RateLimitPolicies.Pseudonyms}@{address}", settings.Pseudonyms.PerAddress, settings.Pseudonyms.Window);

    private async Task TakeAsync(IReadOnlyList<(string, int, TimeSpan)> wanted, string? once)
    {
        var (charge, spent) = await budgets.TakeAsync(wanted, once);
        // Keys start with their policy's name ("Replies@address:…").
        if (charge is null)
        {
            var policy = spent.Key[..spent.Key.IndexOf('@')];
            meters.BudgetRefused(policy);
            throw new LimitReachedException(Reason(policy, spent.Wait), spent.Wait);
        }
        _charges.Add(charge);
    }

    /// <summary>Said to the person, who may be sharing a connection with others: what happened, that nothing is lost, and when.</summary>
    private static string Reason(string policy, TimeSpan wait) => policy switch
    {
        RateLimitPolicies.Pseudonyms =>
            $"Several new names have been made from this connection in the last hour, so another has to wait a little. Nothing you wrote is lost: you can try again in {WaitText.For(wait)}.",
        RateLimitPolicies.Progress =>
            $"Your progress has been changed a lot in a short time, so this has to wait a little. Nothing is lost: you can try again in {WaitText.For(wait)}.",
        RateLimitPolicies.Reactions =>
            $"A lot has been pressed from here in a short time, so this has to wait a little. You can try again in {WaitText.For(wait)}.",
        _ =>
            $"Quite a lot has been posted from here in a short time, so this has to wait a little. Your words are still here, and you can post them in {WaitText.For(wait)}.",
    };
}
