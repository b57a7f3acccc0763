using Forum.Domain.Pseudonyms;
using Forum.Domain.Reactions;
using Forum.Domain.Rendering;
using Forum.Domain.Safety;

namespace Forum.Domain.Threads;

/// <summary>A reply to a story. Made only through <see cref="ForumThread.AddReply"/>, which checks the thread's rules.</summary>
public sealed class Reply : IRenderedPost
{
    private Reply() { }

    internal Reply(ForumThread thread, Pseudonym author, PostBody body, DateTimeOffset now, ContentWarningSet warnings, bool held)
    {
        ContentWarnings = warnings.Codes;
        ContentWarningLabel = warnings.OtherLabel;
        HeldAt = held ? now : null;
        ThreadId = thread.Id;
        Thread = thread;
        AuthorId = author.Id;
        Author = author;
        BodySource = body.Source;
        BodyHtml = body.Html;
        RenderVersion = body.RenderVersion;
        CreatedAt = now;
    }

    public long Id { get; private set; }
    public long ThreadId { get; private set; }
    public ForumThread? Thread { get; private set; }
    public Guid? AuthorId { get; private set; }
    public Pseudonym? Author { get; private set; }
    public string BodySource { get; private set; } = "";
    public string BodyHtml { get; private set; } = "";
    public int RenderVersion { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? RemovedAt { get; private set; }
    public string? RemovalReason { get; private set; }
    public DateTimeOffset? HeldAt { get; private set; }

    /// <summary>Neither removed nor held; computed by the database (replies.is_public), as on <see cref="ForumThread.IsPublic"/>.</summary>
    public bool IsPublic { get; private set; }

    /// <summary>Moved by every moderation change, so a moderator acting on an outdated page gets a conflict.</summary>
    public int ModerationVersion { get; private set; }

    public bool IsRemoved => RemovedAt is not null;
    public bool IsHeld => HeldAt is not null;

    /// <summary>The content warnings' codes, as on <see cref="ForumThread.ContentWarnings"/>.</summary>
    public string[] ContentWarnings { get; private set; } = [];

    public string? ContentWarningLabel { get; private set; }

    public ContentWarningSet Warnings => ContentWarningSet.FromCodes(ContentWarnings, ContentWarningLabel);

    /// <summary>The warnings moderators added (see <see cref="AddContentWarnings"/>): an edit by the writer keeps them.</summary>
    public string[] ModeratorContentWarnings { get; private set; } = [];

    public string? ModeratorContentWarningLabel { get; private set; }

    public ContentWarningSet ModeratorWarnings => ContentWarningSet.FromCodes(ModeratorContentWarnings, ModeratorContentWarningLabel);

    /// <summary>Folds the reply behind more warnings, keeping its own: a moderator's alternative to removing it.</summary>
    public void AddContentWarnings(ContentWarningSet added)
    {
        var combined = Warnings.With(added);
        var byModerators = ModeratorWarnings.With(added);
        ModeratorContentWarnings = byModerators.Codes;
        ModeratorContentWarningLabel = byModerators.OtherLabel;
        if (combined.Equals(Warnings)) throw new DomainRuleException("This reply already carries those warnings.");
        ContentWarnings = combined.Codes;
        ContentWarningLabel = combined.OtherLabel;
        ModerationVersion++;
    }

    /// <summary>When the writer last changed the reply; readers see that it was edited.</summary>
    public DateTimeOffset? EditedAt { get; private set; }

    /// <summary>When the writer deleted the reply; its text is gone and the thread shows a placeholder.</summary>
    public DateTimeOffset? DeletedAt { get; private set; }

    public bool IsDeletedByWriter => DeletedAt is not null;

    public bool IsWrittenBy(Guid pseudonymId) => AuthorId == pseudonymId;

    /// <remarks>The reply's thread and its room must be loaded: the room decides whether a content warning is needed.</remarks>
    /// <param name="holdForReview">A watched phrase is in the new words: the reply waits for a moderator again, as a new one would.</param>
    /// <returns>True when the edit took a published reply out of view, so the caller takes it off the thread's count.</returns>
    public bool Edit(Pseudonym editor, PostBody body, ContentWarningSet warnings, DateTimeOffset now, bool holdForReview = false)
    {
        RequireWriter(editor.Id, "edit");
        editor.RefuseIfBanned(now);
        if (RemovedAt is not null) throw new DomainRuleException("The moderators have removed this reply, so it can't be edited.");
        (Thread?.Room ?? throw new InvalidOperationException("Load the reply's thread and room before editing.")).CheckWarnings(warnings);
        warnings = warnings.With(ModeratorWarnings);
        ContentWarnings = warnings.Codes;
        ContentWarningLabel = warnings.OtherLabel;
        BodySource = body.Source;
        BodyHtml = body.Html;
        RenderVersion = body.RenderVersion;
        EditedAt = now;
        if (!holdForReview || IsHeld) return false;
        HeldAt = now;
        ModerationVersion++;
        return true;
    }

    /// <summary>The writer takes the reply back: its text is deleted for good, and the thread shows that they removed it.</summary>
    public void DeleteByWriter(Guid writerId, DateTimeOffset now)
    {
        RequireWriter(writerId, "delete");
        BodySource = "";
        BodyHtml = "";
        DeletedAt = now;
    }

    private void RequireWriter(Guid pseudonymId, string action)
    {
        if (!IsWrittenBy(pseudonymId)) throw new DomainRuleException($"Only the person who wrote this reply can {action} it.");
        if (IsDeletedByWriter) throw new DomainRuleException("This reply has already been deleted.");
    }

    /// <summary>How many people found this reply familiar; moved only by the database, as on <see cref="ForumThread.FamiliarCount"/>.</summary>
    public int FamiliarCount { get; private set; }

    /// <summary>Replaces the stored HTML with a newer rendering of the same source, when the rendering policy changes.</summary>
    public void Rerender(PostBody body)
    {
        if (body.Source != BodySource)
            throw new DomainRuleException("A re-rendering must come from the post's own source text.");
        BodyHtml = body.Html;
        RenderVersion = body.RenderVersion;
    }

    /// <summary>
    /// "This feels familiar" from <paramref name="pseudonym"/>. A removed reply refuses it, and so does a reply in
    /// a removed story (when the story is loaded), since neither is shown to anyone.
    /// </summary>
    public Reaction React(Pseudonym pseudonym, DateTimeOffset now)
    {
        pseudonym.RefuseIfBanned(now);
        RefuseIfGone("it can't take reactions any more");
        return new Reaction(PostKind.Reply, Id, pseudonym.Id, ReactionKind.Familiar);
    }

    public Reaction TakeBackReaction(Pseudonym pseudonym)
    {
        RefuseIfGone("its reactions can't be changed");
        return new Reaction(PostKind.Reply, Id, pseudonym.Id, ReactionKind.Familiar);
    }

    private void RefuseIfGone(string consequence)
    {
        if (RemovedAt is not null || DeletedAt is not null)
            throw new DomainRuleException($"This reply has been removed, so {consequence}.");
        if (HeldAt is not null)
            throw new DomainRuleException($"This reply is waiting for a moderator to look at it, so {consequence}.");
        if (Thread is { IsRemoved: true })
            throw new DomainRuleException($"The story this reply belongs to has been removed, so {consequence}.");
    }

    /// <summary>Readers then see a short "removed by moderators" notice in its place.</summary>
    public void Remove(DateTimeOffset now, string reason)
    {
        if (IsRemoved) throw new DomainRuleException("This reply has already been removed.");
        RemovedAt = now;
        RemovalReason = reason;
        ModerationVersion++;
    }

    public void Restore()
    {
        if (!IsRemoved) throw new DomainRuleException("This reply is not removed.");
        RemovedAt = null;
        RemovalReason = null;
        ModerationVersion++;
    }

    /// <summary>Publishes a held reply; the caller counts it on the thread (see ForumThread.CountReply) with the same change.</summary>
    public void Approve(DateTimeOffset now)
    {
        if (!IsHeld || IsRemoved) throw new DomainRuleException("This reply isn't waiting for review.");
        HeldAt = null;
        ModerationVersion++;
        Thread?.CountReply(now);
    }

    /// <summary>Not published: removed, and still marked as held, which records that it was never counted on the thread.</summary>
    public void Reject(DateTimeOffset now, string reason)
    {
        if (!IsHeld || IsRemoved) throw new DomainRuleException("This reply isn't waiting for review.");
        RemovedAt = now;
        RemovalReason = reason;
        ModerationVersion++;
    }
}
