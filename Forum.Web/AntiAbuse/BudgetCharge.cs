namespace Forum.Web.AntiAbuse;

/// <summary>
/// Permits taken from one or more budgets together. Every holder disposes it once; when the last one does and
/// nobody called <see cref="Keep"/> (nothing was written), the permits go back.
/// </summary>
public sealed class BudgetCharge : IDisposable
{
    private readonly FixedWindowBudgets _budgets;
    private readonly FixedWindowBudgets.Window[] _windows;
    private readonly string? _once;
    private int _holders = 1;
    private bool _kept;

    internal BudgetCharge(FixedWindowBudgets budgets, FixedWindowBudgets.Window[] windows, string? once)
    {
        (_budgets, _windows, _once) = (budgets, windows, once);
        Ends = windows.Length == 0 ? DateTimeOffset.MinValue : windows.Min(w => w.Ends);
    }

    /// <summary>When the first of its windows ends: a send of the same form after that pays again.</summary>
    internal DateTimeOffset Ends { get; }

    /// <summary>Another send of the same form shares this charge; false when it was given back already.</summary>
    internal bool Join()
    {
        if (_holders == 0 && !_kept) return false;
        _holders++;
        return true;
    }

    /// <summary>What was paid for happened: the permits stay spent.</summary>
    public void Keep()
    {
        lock (_budgets.Gate) _kept = true;
    }

    public void Dispose()
    {
        lock (_budgets.Gate)
        {
            if (_holders == 0) return;
            _holders--;
            if (_holders == 0 && !_kept) _budgets.GiveBackHeld(this, _windows, _once);
        }
    }
}
