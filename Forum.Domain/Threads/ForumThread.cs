using Forum.Domain.Pseudonyms;
using Forum.Domain.Reactions;
using Forum.Domain.Rendering;
using Forum.Domain.Rooms;
using Forum.Domain.Safety;

namespace Forum.Domain.Threads;

/// <summary>
/// A story and the replies to it. Named ForumThread, not Thread, so that it never collides with
/// System.Threading.Thread under implicit usings. The thread owns the rules about replying: a locked or
/// removed thread refuses replies, and the counters change in the same call that adds the reply.
/// </summary>
public sealed class ForumThread : IRenderedPost
{
    public const int TitleMinLength = 3;
    public const int TitleMaxLength = 200;
    public const int ReasonMaxLength = 500;

    private ForumThread() { }

    public long Id { get; private set; }
    public int RoomId { get; private set; }
    public Room? Room { get; private set; }

    /// <summary>Null once the writer has burned their pseudonym and kept the posts as "former member".</summary>
    public Guid? AuthorId { get; private set; }
    public Pseudonym? Author { get; private set; }

    public string Title { get; private set; } = "";
    public string Slug { get; private set; } = "";
    public string BodySource { get; private set; } = "";
    public string BodyHtml { get; private set; } = "";
    public int RenderVersion { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset LastActivityAt { get; private set; }
    public int ReplyCount { get; private set; }

    /// <summary>
    /// How many people found the story familiar. Only the database moves it (ReactionWriter), because only the
    /// reactions table's primary key knows whether a press is new or a repeat.
    /// </summary>
    public int FamiliarCount { get; private set; }

    public bool IsLocked { get; private set; }
    public string? LockReason { get; private set; }
    public bool IsPinned { get; private set; }
    public DateTimeOffset? RemovedAt { get; private set; }

    public bool IsRemoved => RemovedAt is not null;

    /// <summary>The content warnings' codes, as <see cref="ContentWarningText"/> spells them; read them through <see cref="Warnings"/>.</summary>
    public string[] ContentWarnings { get; private set; } = [];

    /// <summary>The writer's own words for "something else"; set exactly when that warning is among <see cref="ContentWarnings"/>.</summary>
    public string? ContentWarningLabel { get; private set; }

    public ContentWarningSet Warnings => ContentWarningSet.FromCodes(ContentWarnings, ContentWarningLabel);

    public static ForumThread Start(Room room, Pseudonym author, string title, PostBody body, DateTimeOffset now, ContentWarningSet? warnings = null)
    {
        warnings ??= ContentWarningSet.None;
        var trimmed = PlainText.Storable(title).Trim();
        if (trimmed.Length is < TitleMinLength or > TitleMaxLength)
            throw new DomainRuleException($"A title needs {TitleMinLength} to {TitleMaxLength} characters.");
        if (room.IsArchived)
            throw new DomainRuleException("This room is archived, so new stories can't be started in it.");
        room.CheckWarnings(warnings);
        return new ForumThread
        {
            RoomId = room.Id,
            Room = room,
            AuthorId = author.Id,
            Author = author,
            Title = trimmed,
            Slug = Threads.Slug.From(trimmed),
            BodySource = body.Source,
            BodyHtml = body.Html,
            RenderVersion = body.RenderVersion,
            ContentWarnings = warnings.Codes,
            ContentWarningLabel = warnings.OtherLabel,
            CreatedAt = now,
            LastActivityAt = now,
        };
    }

    /// <summary>
    /// Adds a reply and moves the counters with it. The database applies the same change with an atomic
    /// increment (see ThreadWriter), so that two people replying at once are both counted.
    /// </summary>
    /// <remarks>The thread's <see cref="Room"/> must be loaded: the room decides whether a reply needs a content warning.</remarks>
    public Reply AddReply(Pseudonym author, PostBody body, DateTimeOffset now, ContentWarningSet? warnings = null)
    {
        warnings ??= ContentWarningSet.None;
        if (IsRemoved)
            throw new DomainRuleException("This story has been removed, so it can't take new replies.");
        if (IsLocked)
            throw new DomainRuleException("This story is closed to new replies for now. You can still read everything here.");
        (Room ?? throw new InvalidOperationException("Load the thread's room before replying: it decides whether a warning is needed.")).CheckWarnings(warnings);
        var reply = new Reply(this, author, body, now, warnings);
        ReplyCount++;
        if (now > LastActivityAt) LastActivityAt = now;
        return reply;
    }

    /// <summary>"This feels familiar" from <paramref name="pseudonym"/>: the row that records it, if the story can take it.</summary>
    public Reaction React(Pseudonym pseudonym)
    {
        if (IsRemoved)
            throw new DomainRuleException("This story has been removed, so it can't take reactions any more.");
        return new Reaction(PostKind.Thread, Id, pseudonym.Id, ReactionKind.Familiar);
    }

    /// <summary>The reaction to delete when <paramref name="pseudonym"/> takes theirs back; a removed story stays as it was left.</summary>
    public Reaction TakeBackReaction(Pseudonym pseudonym)
    {
        if (IsRemoved)
            throw new DomainRuleException("This story has been removed, so its reactions can't be changed.");
        return new Reaction(PostKind.Thread, Id, pseudonym.Id, ReactionKind.Familiar);
    }

    public void Lock(string reason)
    {
        if (IsLocked) throw new DomainRuleException("This story is already closed to replies.");
        IsLocked = true;
        LockReason = reason;
    }

    public void Unlock()
    {
        if (!IsLocked) throw new DomainRuleException("This story is not closed to replies.");
        IsLocked = false;
        LockReason = null;
    }

    public void Remove(DateTimeOffset now)
    {
        if (IsRemoved) throw new DomainRuleException("This story has already been removed.");
        RemovedAt = now;
    }

    /// <summary>
    /// Folds the story behind more warnings, keeping the ones it had: what a moderator does instead of removing a
    /// story that is fine to share but needs a warning. Refuses a change that adds nothing, so a mistake is noticed.
    /// </summary>
    public void AddContentWarnings(ContentWarningSet added)
    {
        var combined = Warnings.With(added);
        if (combined.Equals(Warnings)) throw new DomainRuleException("This story already carries those warnings.");
        ContentWarnings = combined.Codes;
        ContentWarningLabel = combined.OtherLabel;
    }

    public void Pin() => IsPinned = true;

    public void Unpin() => IsPinned = false;

    /// <summary>Replaces the stored HTML with a newer rendering of the same source, when the rendering policy changes.</summary>
    public void Rerender(PostBody body)
    {
        if (body.Source != BodySource)
            throw new DomainRuleException("A re-rendering must come from the post's own source text.");
        BodyHtml = body.Html;
        RenderVersion = body.RenderVersion;
    }
}
