namespace Forum.Data.Moderation;

/// <summary>
/// Who is acting, the version of the post or pseudonym their page showed (a different one now means another
/// moderator got there first), and why.
/// </summary>
public sealed record ModeratorAct(int ModeratorId, int SeenVersion, string? Reason);
