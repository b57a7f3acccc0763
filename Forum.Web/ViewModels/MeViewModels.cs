namespace Forum.Web.ViewModels;

/// <param name="Held">The pseudonyms this browser holds, the one it writes as first.</param>
/// <param name="Notice">A one-line note after an action (switched, restored, burned).</param>
/// <param name="KeptBanned">The name this browser writes as is banned right now.</param>
/// <param name="Waiting">Stories waiting for a reply, for a verified peer supporter; null for everyone else.</param>
public sealed record MeViewModel(
    IReadOnlyList<Pseudonym> Held, Inbox Inbox, bool DiscreetTitles, bool HasRoom, string? Notice, bool KeptBanned = false,
    IReadOnlyList<StorySummary>? Waiting = null);

/// <param name="Suggestion">A generated name to take as it is, or to start from.</param>
public sealed record NewPseudonymViewModel(NameDraft Draft, string Suggestion, bool HasRoom);

/// <param name="Replaced">True when an earlier key stopped working because this one was made.</param>
public sealed record RecoveryKeyViewModel(string Name, string Key, bool Replaced);

public sealed record BurnViewModel(Pseudonym Pseudonym, BurnDraft Draft);

public sealed record EditPostViewModel(OwnPost Post, PostEditDraft Draft, string? PreviewHtml = null);
