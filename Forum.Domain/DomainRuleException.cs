namespace Forum.Domain;

/// <summary>
/// An action that the entity's rules refuse (replying to a locked thread, say). The message is written for
/// the person who tried it, so the web layer can show it as it is. Not an InvalidOperationException: that one
/// also means a programming mistake, and a catch meant for refusals must never swallow a bug.
/// </summary>
public sealed class DomainRuleException(string message) : Exception(message);
