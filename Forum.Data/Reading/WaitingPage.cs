namespace Forum.Data.Reading;

/// <summary>/waiting: unanswered stories that may need someone soon (first page only), then the rest oldest first.</summary>
public sealed record WaitingPage(IReadOnlyList<StorySummary> MayNeedSomeoneSoon, Page<StorySummary> Rest)
{
    /// <summary>Both lists as one, in the order /waiting shows them, for a shorter list elsewhere.</summary>
    public IReadOnlyList<StorySummary> AllFirst(int count) => [.. MayNeedSomeoneSoon.Concat(Rest.Items).Take(count)];
}
