namespace Forum.Web.AntiAbuse;

/// <summary>
/// Permits taken from one or more budgets together. Every holder disposes it once; when the last one does and
/// nobody called <see cref="Keep"/> (nothing was written), the permits go back.
/// </summary>
public sealed class BudgetCharge : IDisposable
{
    private readonly Lock _gate;
    private readonly Action<BudgetCharge> _giveBack;
    private int _holders = 1;
    private bool _kept;

    /// <param name="gate">Held while holders come and go, shared with whatever can <see cref="Join"/> the charge.</param>
    /// <param name="giveBack">Called once, holding <paramref name="gate"/>, by the last holder of a charge that was not kept.</param>
    internal BudgetCharge(Lock gate, DateTimeOffset ends, Action<BudgetCharge> giveBack)
    {
        (_gate, Ends, _giveBack) = (gate, ends, giveBack);
    }

    /// <summary>A charge that took nothing and gives nothing back: a resend whose first send was paid for elsewhere.</summary>
    internal static BudgetCharge Free() => new(new Lock(), DateTimeOffset.MinValue, _ => { });

    /// <summary>When the first of its windows ends: a send of the same form after that pays again.</summary>
    internal DateTimeOffset Ends { get; }

    /// <summary>Another send of the same form shares this charge (caller holds the gate); false when it was given back already.</summary>
    internal bool Join()
    {
        if (_holders == 0 && !_kept) return false;
        _holders++;
        return true;
    }

    /// <summary>What was paid for happened: the permits stay spent.</summary>
    public void Keep()
    {
        lock (_gate) _kept = true;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_holders == 0) return;
            _holders--;
            if (_holders == 0 && !_kept) _giveBack(this);
        }
    }
}
