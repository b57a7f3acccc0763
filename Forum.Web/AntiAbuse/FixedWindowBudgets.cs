namespace Forum.Web.AntiAbuse;

/// <summary>
/// Fixed windows of permits, one per key ("Replies@pseudonym:…", "Replies@address:…"), kept in this process's
/// memory. Unlike the framework's rate limiter, a permit can be given back (a send that wrote nothing spends
/// nothing), several windows are charged together or not at all (the pseudonym's and the address's), and time
/// comes from the injected clock.
/// </summary>
public sealed class FixedWindowBudgets(TimeProvider clock) : IPostingBudgets
{
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BudgetCharge> _charges = new(StringComparer.Ordinal);
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;

    /// <summary>One window of one budget; replaced, never reset, when it ends, so a late give-back can't touch the next.</summary>
    private sealed class Window(DateTimeOffset ends)
    {
        public DateTimeOffset Ends { get; } = ends;
        public int Spent { get; set; }
    }

    public ValueTask<(BudgetCharge? Charge, (string Key, TimeSpan Wait) Spent)> TakeAsync(IReadOnlyList<(string Key, int PermitLimit, TimeSpan Window)> budgets, string? once) =>
        new((TryTake(budgets, once, out var spent), spent));

    /// <inheritdoc cref="IPostingBudgets.TakeAsync"/>
    /// <param name="spent">When refused: the key of the spent budget that opens last, and how long until it does.</param>
    public BudgetCharge? TryTake(IReadOnlyList<(string Key, int PermitLimit, TimeSpan Window)> budgets, string? once, out (string Key, TimeSpan Wait) spent)
    {
        spent = ("", TimeSpan.Zero);
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            Sweep(now);
            if (once is not null && _charges.TryGetValue(once, out var earlier) && earlier.Join()) return earlier;

            var windows = new Window[budgets.Count];
            for (var i = 0; i < budgets.Count; i++)
            {
                var (key, permitLimit, length) = budgets[i];
                if (!_windows.TryGetValue(key, out var window) || window.Ends <= now) _windows[key] = window = new Window(now + length);
                windows[i] = window;
                if (window.Spent >= permitLimit && window.Ends - now > spent.Wait) spent = (key, window.Ends - now);
            }
            if (spent.Wait > TimeSpan.Zero) return null;

            foreach (var window in windows) window.Spent++;
            var ends = windows.Length == 0 ? DateTimeOffset.MinValue : windows.Min(w => w.Ends);
            var charge = new BudgetCharge(_gate, ends, given => GiveBackHeld(given, windows, once));
            if (once is not null) _charges[once] = charge;
            return charge;
        }
    }

    /// <summary>Called, holding the gate, by the last holder of a charge that was not kept.</summary>
    private void GiveBackHeld(BudgetCharge charge, IReadOnlyList<Window> windows, string? once)
    {
        // A window that has ended was replaced already: giving its permit back touches nothing that counts.
        foreach (var window in windows) if (window.Spent > 0) window.Spent--;
        if (once is not null && _charges.TryGetValue(once, out var current) && ReferenceEquals(current, charge)) _charges.Remove(once);
    }

    private void Sweep(DateTimeOffset now)
    {
        if (now < _nextSweep) return;
        _nextSweep = now + SweepEvery;
        foreach (var (key, window) in _windows.ToList()) if (window.Ends <= now) _windows.Remove(key);
        foreach (var (key, charge) in _charges.ToList()) if (charge.Ends <= now) _charges.Remove(key);
    }
}
