using Forum.Domain.Pseudonyms;
using Forum.Domain.Reactions;
using Forum.Domain.Rendering;
using Forum.Domain.Rooms;

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

    public static ForumThread Start(Room room, Pseudonym author, string title, PostBody body, DateTimeOffset now)
    {
        var trimmed = PlainText.Storable(title).Trim();
        if (trimmed.Length is < TitleMinLength or > TitleMaxLength)
            throw new DomainRuleException($"A title needs {TitleMinLength} to {TitleMaxLength} characters.");
        if (room.IsArchived)
            throw new DomainRuleException("This room is archived, so new stories can't be started in it.");
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
            CreatedAt = now,
            LastActivityAt = now,
        };
    }

    /// <summary>
    /// Adds a reply and moves the counters with it. The database applies the same change with an atomic
    /// increment (see ThreadWriter), so that two people replying at once are both counted.
    /// </summary>
    public Reply AddReply(Pseudonym author, PostBody body, DateTimeOffset now)
    {
        if (IsRemoved)
            throw new DomainRuleException("This story has been removed, so it can't take new replies.");
        if (IsLocked)
            throw new DomainRuleException("This story is closed to new replies for now. You can still read everything here.");
        var reply = new Reply(this, author, body, now);
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
