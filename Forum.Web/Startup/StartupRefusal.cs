namespace Forum.Web.Startup;

/// <summary>
/// Configuration a node cannot serve with. Program prints the message alone, one line, and the node does not start:
/// a half-working node behind a balancer is worse than one that is plainly down.
/// </summary>
public sealed class StartupRefusal(string message, Exception? inner = null) : Exception(message, inner);
