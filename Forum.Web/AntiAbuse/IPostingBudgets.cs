namespace Forum.Web.AntiAbuse;

/// <summary>
/// Where the posting budgets are counted: this node's memory (<see cref="FixedWindowBudgets"/>), or Redis when nodes
/// share them (<see cref="SharedFixedWindowBudgets"/>).
/// </summary>
public interface IPostingBudgets
{
    /// <summary>
    /// Takes one permit from every budget named, or from none of them.
    /// </summary>
    /// <param name="once">
    /// A key for what is being paid for (a form's submission key): a second send of the same thing joins the first
    /// send's charge instead of paying again, so a double click or a resend costs one permit.
    /// </param>
    /// <returns>
    /// The charge (give it back by disposing it unless <see cref="BudgetCharge.Keep"/> was called), or null when a
    /// budget is spent, and then the key of the spent budget that opens last and how long until it does.
    /// </returns>
    ValueTask<(BudgetCharge? Charge, (string Key, TimeSpan Wait) Spent)> TakeAsync(IReadOnlyList<(string Key, int PermitLimit, TimeSpan Window)> budgets, string? once);
}
