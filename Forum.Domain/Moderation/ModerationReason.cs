namespace Forum.Domain.Moderation;

/// <summary>
/// Why a moderator acted. Every action needs one: the log is only accountable if it says why, and the reason
/// for closing a story is also what its readers are shown.
/// </summary>
public sealed record ModerationReason
{
    public const int MaxLength = 500;

    private ModerationReason(string text) => Text = text;

    public string Text { get; }

    public static ModerationReason From(string? text)
    {
        var trimmed = PlainText.Note(text ?? "").Trim();
        if (trimmed.Length == 0)
            throw new DomainRuleException("Please write a short reason. It goes in the moderation log, so the team can see why this was done.");
        if (trimmed.Length > MaxLength)
            throw new DomainRuleException($"A reason can be up to {MaxLength} characters (this one has {trimmed.Length}).");
        return new ModerationReason(trimmed);
    }

    public override string ToString() => Text;

    /// <summary>
    /// A reason set into a sentence of ours, ended with a full stop only when the moderator didn't end it
    /// themselves: "removed: spam." and not "removed: spam..".
    /// </summary>
    public static string AsSentence(string reason)
    {
        var trimmed = reason.TrimEnd();
        var last = trimmed.TrimEnd('"', '\'', '”', '’', ')', ']');
        return last.Length > 0 && last[^1] is '.' or '!' or '?' or '…' ? trimmed : trimmed + ".";
    }
}
