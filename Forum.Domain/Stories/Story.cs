using Forum.Domain.Moderation;
using Forum.Domain.Rooms;

namespace Forum.Domain.Stories;

/// <summary>
/// A story and the replies to it.
/// What it shares with a reply lives in <see cref="Post"/>; here are
/// the rules about replying (a locked or removed story refuses replies) and what only a story has: a title, a room,
/// a lock and a pin.
/// </summary>
public sealed class Story : Post
{
    public const int TitleMinLength = 3;
    public const int TitleMaxLength = 200;

    public const string DeletedSlug = "removed";

    /// <summary>What lists and the page show in place of a title its writer deleted.</summary>
    public const string DeletedTitle = "A story its writer removed";

    private Story() { }

    public override PostKind Kind => PostKind.Story;
    public override Story ParentStory => this;
    protected override string Noun => "story";

    public int RoomId { get; private set; }
    public Room? Room { get; private set; }

    public string Title { get; private set; } = "";
    public string Slug { get; private set; } = "";

    /// <summary>
    /// When the story started, and after that when its newest reply was published. The database moves it (a trigger
    /// as a reply is posted, migrations/0028; an atomic update as one is approved, ModerationWriter); EF only reads it.
    /// </summary>
    public DateTimeOffset LastActivityAt { get; private set; }

    /// <summary>Published replies. Only the database counts them (triggers on replies, migrations/0018 and 0028); EF only reads it.</summary>
    public int ReplyCount { get; private set; }

    public bool IsLocked { get; private set; }
    public string? LockReason { get; private set; }
    public bool IsPinned { get; private set; }

    /// <param name="submissionKey">The composer form's key (see <see cref="Post.SubmissionKey"/>), when it sent one.</param>
    public static Story Start(
        Room room, Pseudonym author, string title, PostBody body, DateTimeOffset now, ContentWarningSet? warnings = null, Guid? submissionKey = null)
    {
        warnings ??= ContentWarningSet.None;
        author.RefuseIfBanned(now);
        var trimmed = CheckedTitle(title);
        if (room.IsArchived)
            throw new DomainRuleException("This room is archived, so new stories can't be started in it.");
        room.CheckWarnings(warnings);
        var thread = new Story
        {
            RoomId = room.Id,
            Room = room,
            Title = trimmed,
            Slug = Stories.Slug.From(trimmed),
            LastActivityAt = now,
        };
        thread.Write(author, body, warnings, now, holdForReview: false, submissionKey);
        return thread;
    }

    /// <summary>The writer's new title and text, rendered like any new post.</summary>
    /// <remarks>The thread's <see cref="Room"/> must be loaded: the room decides whether a content warning is needed.</remarks>
    /// <param name="holdForReview">A watched phrase is in the new words: the story waits for a moderator again, as a new one would.</param>
    public void Edit(Pseudonym editor, string title, PostBody body, ContentWarningSet warnings, DateTimeOffset now, bool holdForReview = false)
    {
        var trimmed = "";
        Revise(editor, body, warnings, LoadedRoom("editing"), now, holdForReview, beforeChange: () => trimmed = CheckedTitle(title));
        Title = trimmed;
        Slug = Stories.Slug.From(trimmed);
    }

    private static string CheckedTitle(string title)
    {
        var trimmed = PlainText.Line(title).Trim();
        if (trimmed.Length is < TitleMinLength or > TitleMaxLength)
            throw new DomainRuleException($"A title needs {TitleMinLength} to {TitleMaxLength} characters.");
        return trimmed;
    }

    /// <summary>The title goes with the text (the slug too, since it spells the title). The page stays for the replies other people wrote.</summary>
    protected override void ForgetWriterWords()
    {
        Title = "";
        Slug = DeletedSlug;
    }

    /// <summary>A reply, if the story takes one now. Saving it is what counts it (<see cref="ReplyCount"/>).</summary>
    /// <remarks>The thread's <see cref="Room"/> must be loaded: the room decides whether a reply needs a content warning.</remarks>
    /// <param name="holdForReview">A watched phrase matched: the reply waits for a moderator, and is counted once approved.</param>
    public Reply AddReply(
        Pseudonym author, PostBody body, DateTimeOffset now, ContentWarningSet? warnings = null, bool holdForReview = false, Guid? submissionKey = null)
    {
        warnings ??= ContentWarningSet.None;
        author.RefuseIfBanned(now);
        if (IsRemoved)
            throw new DomainRuleException("This story has been removed, so it can't take new replies.", changedMeanwhile: true);
        if (IsHeld)
            throw new DomainRuleException("This story is waiting for a moderator to look at it, so it can't take replies yet.", changedMeanwhile: true);
        if (IsLocked)
            throw new DomainRuleException("This story is closed to new replies for now. You can still read everything here.", changedMeanwhile: true);
        if (IsDeletedByWriter)
            throw new DomainRuleException("The writer has deleted this story, so it can't take new replies.", changedMeanwhile: true);
        LoadedRoom("replying").CheckWarnings(warnings);
        return new Reply(this, author, body, now, warnings, holdForReview, submissionKey);
    }

    /// <summary>
    /// Following this story from now on: replies after <paramref name="newestReplyId"/> come to the follower's inbox.
    /// Only a story anyone can read can be followed; its own writer hears of replies already.
    /// </summary>
    public Follow FollowedBy(Pseudonym follower, long newestReplyId)
    {
        if (IsRemoved || IsDeletedByWriter)
            throw new DomainRuleException("This story has been removed, so there's nothing new to follow.");
        if (IsHeld)
            throw new DomainRuleException("This story is waiting for a moderator to look at it, so it can't be followed yet.");
        if (AuthorId == follower.Id)
            throw new DomainRuleException("This is your own story: replies to it already come to your inbox.");
        return new Follow(follower.Id, Id, newestReplyId);
    }

    internal Room LoadedRoom(string doing) =>
        Room ?? throw new InvalidOperationException($"Load the thread's room before {doing}: it decides whether a warning is needed.");

    /// <summary>Closes the story to new replies; readers are shown <paramref name="reason"/>, so it should be kind.</summary>
    public void Lock(string reason)
    {
        var checkedReason = ModerationReason.From(reason);
        if (IsLocked) throw new DomainRuleException("This story is already closed to replies.");
        IsLocked = true;
        LockReason = checkedReason.Text;
        ModerationVersion++;
    }

    public void Unlock()
    {
        if (!IsLocked) throw new DomainRuleException("This story is not closed to replies.");
        IsLocked = false;
        LockReason = null;
        ModerationVersion++;
    }

    public void Pin()
    {
        if (IsPinned) throw new DomainRuleException("This story is already pinned.");
        IsPinned = true;
        ModerationVersion++;
    }

    public void Unpin()
    {
        if (!IsPinned) throw new DomainRuleException("This story is not pinned.");
        IsPinned = false;
        ModerationVersion++;
    }

    public void MoveTo(Room room)
    {
        if (room.Id == RoomId) throw new DomainRuleException("This story is already in that room.");
        if (room.IsArchived) throw new DomainRuleException("That room is archived, so stories can't be moved into it.");
        if (room.RequiresContentWarnings && Warnings.IsEmpty)
            throw new DomainRuleException($"{room.Name} asks every story for a content warning. Add one to this story first, then move it.");
        RoomId = room.Id;
        Room = room;
        ModerationVersion++;
    }
}
