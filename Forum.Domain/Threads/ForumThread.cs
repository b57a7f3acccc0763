using Forum.Domain.Moderation;
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

    /// <summary>Shown to moderators beside a removed story; purged with it.</summary>
    public string? RemovalReason { get; private set; }

    /// <summary>When the writer last changed the story; readers see that it was edited.</summary>
    public DateTimeOffset? EditedAt { get; private set; }

    /// <summary>When the writer deleted the story. Its title and text are gone; the replies others wrote stay.</summary>
    public DateTimeOffset? DeletedAt { get; private set; }

    public bool IsDeletedByWriter => DeletedAt is not null;

    public bool IsWrittenBy(Guid pseudonymId) => AuthorId == pseudonymId;

    /// <summary>The writer's new title and text, rendered like any new post.</summary>
    /// <remarks>The thread's <see cref="Room"/> must be loaded: the room decides whether a content warning is needed.</remarks>
    /// <param name="holdForReview">A watched phrase is in the new words: the story waits for a moderator again, as a new one would.</param>
    public void Edit(Pseudonym editor, string title, PostBody body, ContentWarningSet warnings, DateTimeOffset now, bool holdForReview = false)
    {
        RequireWriter(editor.Id, "edit");
        editor.RefuseIfBanned(now);
        if (IsRemoved) throw new DomainRuleException("The moderators have removed this story, so it can't be edited.");
        var trimmed = BidiControls.Strip(PlainText.Storable(title)).Trim();
        if (trimmed.Length is < TitleMinLength or > TitleMaxLength)
            throw new DomainRuleException($"A title needs {TitleMinLength} to {TitleMaxLength} characters.");
        (Room ?? throw new InvalidOperationException("Load the thread's room before editing: it decides whether a warning is needed.")).CheckWarnings(warnings);
        warnings = warnings.With(ModeratorWarnings);
        ContentWarnings = warnings.Codes;
        ContentWarningLabel = warnings.OtherLabel;
        Title = trimmed;
        Slug = Threads.Slug.From(trimmed);
        BodySource = body.Source;
        BodyHtml = body.Html;
        RenderVersion = body.RenderVersion;
        EditedAt = now;
        if (holdForReview && !IsHeld)
        {
            HeldAt = now;
            ModerationVersion++;
        }
    }

    /// <summary>
    /// The writer takes the story back: title and text are deleted for good (the slug too, since it spells the
    /// title). The page stays for the replies other people wrote, and says the writer removed the story.
    /// </summary>
    public void DeleteByWriter(Guid writerId, DateTimeOffset now)
    {
        RequireWriter(writerId, "delete");
        Title = "";
        Slug = DeletedSlug;
        BodySource = "";
        BodyHtml = "";
        DeletedAt = now;
    }

    public const string DeletedSlug = "removed";

    /// <summary>What lists and the page show in place of a title its writer deleted.</summary>
    public const string DeletedTitle = "A story its writer removed";

    private void RequireWriter(Guid pseudonymId, string action)
    {
        if (!IsWrittenBy(pseudonymId)) throw new DomainRuleException($"Only the person who wrote this story can {action} it.");
        if (IsDeletedByWriter) throw new DomainRuleException("This story has already been deleted.");
    }

    /// <summary>Set while a watched phrase holds the story for a moderator to look at before anyone else can read it.</summary>
    public DateTimeOffset? HeldAt { get; private set; }

    /// <summary>
    /// Neither removed nor held: computed by the database (threads.is_public), so that every public list, search
    /// and feed can exclude what readers must not see with this one predicate.
    /// </summary>
    public bool IsPublic { get; private set; }

    /// <summary>Moved by every moderation change, so a moderator acting on an outdated page gets a conflict.</summary>
    public int ModerationVersion { get; private set; }

    public bool IsRemoved => RemovedAt is not null;
    public bool IsHeld => HeldAt is not null;

    /// <summary>The content warnings' codes, as <see cref="ContentWarningText"/> spells them; read them through <see cref="Warnings"/>.</summary>
    public string[] ContentWarnings { get; private set; } = [];

    /// <summary>The writer's own words for "something else"; set exactly when that warning is among <see cref="ContentWarnings"/>.</summary>
    public string? ContentWarningLabel { get; private set; }

    public ContentWarningSet Warnings => ContentWarningSet.FromCodes(ContentWarnings, ContentWarningLabel);

    /// <summary>The warnings moderators added (see <see cref="AddContentWarnings"/>): an edit by the writer keeps them.</summary>
    public string[] ModeratorContentWarnings { get; private set; } = [];

    public string? ModeratorContentWarningLabel { get; private set; }

    public ContentWarningSet ModeratorWarnings => ContentWarningSet.FromCodes(ModeratorContentWarnings, ModeratorContentWarningLabel);

    public static ForumThread Start(Room room, Pseudonym author, string title, PostBody body, DateTimeOffset now, ContentWarningSet? warnings = null)
    {
        warnings ??= ContentWarningSet.None;
        author.RefuseIfBanned(now);
        var trimmed = BidiControls.Strip(PlainText.Storable(title)).Trim();
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
    /// <param name="holdForReview">A watched phrase matched: the reply waits for a moderator and is not counted until approved.</param>
    public Reply AddReply(Pseudonym author, PostBody body, DateTimeOffset now, ContentWarningSet? warnings = null, bool holdForReview = false)
    {
        warnings ??= ContentWarningSet.None;
        author.RefuseIfBanned(now);
        if (IsRemoved)
            throw new DomainRuleException("This story has been removed, so it can't take new replies.");
        if (IsHeld)
            throw new DomainRuleException("This story is waiting for a moderator to look at it, so it can't take replies yet.");
        if (IsLocked)
            throw new DomainRuleException("This story is closed to new replies for now. You can still read everything here.");
        if (IsDeletedByWriter)
            throw new DomainRuleException("The writer has deleted this story, so it can't take new replies.");
        (Room ?? throw new InvalidOperationException("Load the thread's room before replying: it decides whether a warning is needed.")).CheckWarnings(warnings);
        var reply = new Reply(this, author, body, now, warnings, holdForReview);
        if (!holdForReview) CountReply(now);
        return reply;
    }

    /// <summary>A reply joins the count when it becomes visible: when posted, or when a moderator approves it.</summary>
    internal void CountReply(DateTimeOffset at)
    {
        ReplyCount++;
        if (at > LastActivityAt) LastActivityAt = at;
    }

    /// <summary>"This feels familiar" from <paramref name="pseudonym"/>: the row that records it, if the story can take it.</summary>
    public Reaction React(Pseudonym pseudonym, DateTimeOffset now)
    {
        pseudonym.RefuseIfBanned(now);
        if (IsRemoved || IsDeletedByWriter)
            throw new DomainRuleException("This story has been removed, so it can't take reactions any more.");
        if (IsHeld)
            throw new DomainRuleException("This story is waiting for a moderator to look at it, so it can't take reactions yet.");
        return new Reaction(PostKind.Thread, Id, pseudonym.Id, ReactionKind.Familiar);
    }

    /// <summary>The reaction to delete when <paramref name="pseudonym"/> takes theirs back; a removed story stays as it was left.</summary>
    public Reaction TakeBackReaction(Pseudonym pseudonym)
    {
        if (IsRemoved || IsDeletedByWriter)
            throw new DomainRuleException("This story has been removed, so its reactions can't be changed.");
        return new Reaction(PostKind.Thread, Id, pseudonym.Id, ReactionKind.Familiar);
    }

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

    public void Remove(DateTimeOffset now, string? reason = null)
    {
        if (IsRemoved) throw new DomainRuleException("This story has already been removed.");
        RemovedAt = now;
        RemovalReason = reason;
        ModerationVersion++;
    }

    /// <summary>
    /// Folds the story behind more warnings, keeping the ones it had: what a moderator does instead of removing a
    /// story that is fine to share but needs a warning. Refuses a change that adds nothing, so a mistake is noticed.
    /// </summary>
    public void AddContentWarnings(ContentWarningSet added)
    {
        var combined = Warnings.With(added);
        var byModerators = ModeratorWarnings.With(added);
        ModeratorContentWarnings = byModerators.Codes;
        ModeratorContentWarningLabel = byModerators.OtherLabel;
        if (combined.Equals(Warnings)) throw new DomainRuleException("This story already carries those warnings.");
        ContentWarnings = combined.Codes;
        ContentWarningLabel = combined.OtherLabel;
        ModerationVersion++;
    }


    public void Restore()
    {
        if (!IsRemoved) throw new DomainRuleException("This story is not removed.");
        RemovedAt = null;
        RemovalReason = null;
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
        RoomId = room.Id;
        Room = room;
        ModerationVersion++;
    }

    /// <summary>A watched phrase matched as the story was written: nobody but its writer and the moderators sees it yet.</summary>
    public void HoldForReview(DateTimeOffset now)
    {
        if (IsHeld) throw new DomainRuleException("This story is already waiting for review.");
        HeldAt = now;
    }

    public void Approve()
    {
        if (!IsHeld || IsRemoved) throw new DomainRuleException("This story isn't waiting for review.");
        HeldAt = null;
        ModerationVersion++;
    }

    /// <summary>
    /// A held story that should not be published: removed, and purged with other removed posts. It stays marked
    /// as held, which records that it was never published.
    /// </summary>
    public void Reject(DateTimeOffset now, string reason)
    {
        if (!IsHeld || IsRemoved) throw new DomainRuleException("This story isn't waiting for review.");
        RemovedAt = now;
        RemovalReason = reason;
        ModerationVersion++;
    }

    /// <summary>Replaces the stored HTML with a newer rendering of the same source, when the rendering policy changes.</summary>
    public void Rerender(PostBody body)
    {
        if (body.Source != BodySource)
            throw new DomainRuleException("A re-rendering must come from the post's own source text.");
        BodyHtml = body.Html;
        RenderVersion = body.RenderVersion;
    }
}
