using Forum.Domain.Stories;

namespace Forum.Domain.Moderation;

/// <summary>
/// A reader's worry about a post. It names the post and the worry, never the reader: no pseudonym, no address,
/// nothing about their network. Counts and notes are shown to moderators only, never to the public or the writer.
/// </summary>
public sealed class Report
{
    public const int NoteMaxLength = 1000;

    private Report() { }

    public long Id { get; private set; }
    public long StoryId { get; private set; }

    /// <summary>Null when the report is about the story itself.</summary>
    public long? ReplyId { get; private set; }

    public ReportCategory Category { get; private set; }
    public string? Note { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }
    public string? Outcome { get; private set; }
    public int? ResolvedBy { get; private set; }

    public bool IsResolved => ResolvedAt is not null;

    public static Report About(Story thread, Reply? reply, ReportCategory category, string? note, DateTimeOffset now)
    {
        if (thread.IsRemoved || thread.IsHeld || reply is { IsRemoved: true } or { IsHeld: true })
            throw new DomainRuleException("This post isn't shown any more, so there is nothing to report. Thank you for looking out.");
        var trimmed = note is null ? null : PlainText.Note(note).Trim();
        if (trimmed is { Length: > NoteMaxLength })
            throw new DomainRuleException(new RuleSentence("A note can be up to {0:N0} characters (this one has {1:N0}).", NoteMaxLength, trimmed.Length));
        return new Report
        {
            StoryId = thread.Id,
            ReplyId = reply?.Id,
            Category = category,
            Note = string.IsNullOrEmpty(trimmed) ? null : trimmed,
            CreatedAt = now,
        };
    }

    public void Resolve(int moderatorId, string outcome, DateTimeOffset now)
    {
        if (IsResolved) throw new DomainRuleException("This report has already been resolved.");
        if (!ReportOutcome.All.Contains(outcome)) throw new DomainRuleException("Please choose an outcome for this report. Nothing was saved yet.");
        ResolvedAt = now;
        Outcome = outcome;
        ResolvedBy = moderatorId;
    }
}
