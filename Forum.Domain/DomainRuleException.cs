namespace Forum.Domain;

/// <summary>
/// An action that the entity's rules refuse (replying to a locked thread, say). The message is written for
/// the person who tried it, so the web layer can show it as it is. Not an InvalidOperationException: that one
/// also means a programming mistake, and a catch meant for refusals must never swallow a bug.
/// </summary>
/// <param name="changedMeanwhile">
/// The refusal comes from something that changed while the person was writing (a story closed as they replied),
/// not from anything they did: the web layer answers 409 rather than 400, and keeps their words in front of them.
/// </param>
public sealed class DomainRuleException(string message, bool changedMeanwhile = false) : Exception(message)
{
    public bool ChangedMeanwhile { get; } = changedMeanwhile;
}
