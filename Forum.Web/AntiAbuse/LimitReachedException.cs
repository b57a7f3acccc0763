namespace Forum.Web.AntiAbuse;

/// <summary>
/// A posting budget is spent for now. A refusal like a rule's (<see cref="Composing.Refusals"/> shows the form again
/// with the words in it), answered 429 with Retry-After. Derived from Exception, so no catch for it swallows a bug.
/// </summary>
public sealed class LimitReachedException(string message, TimeSpan wait) : Exception(message)
{
    public TimeSpan Wait { get; } = wait;
}
