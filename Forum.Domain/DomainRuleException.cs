namespace Forum.Domain;

/// <summary>
/// An action that the entity's rules refuse (replying to a locked thread, say). The message is written for
/// the person who tried it, so the web layer can show it as it is.
/// </summary>
public sealed class DomainRuleException(string message) : InvalidOperationException(message);
