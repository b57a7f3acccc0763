using Forum.Domain.Rooms;
using Forum.Domain.Safety.Risk;

namespace Forum.Domain.Stories;

/// <summary>
/// What a story and a reply share: words a writer owns, the moderators' hold on them, and the warnings they are
/// folded behind. A plain base class, not an EF hierarchy: stories and replies keep their own tables, and each
/// maps these members as its own columns. Every rule here is written once, so the two kinds cannot drift apart.
/// </summary>
public abstract class Post : IRenderedPost
{
    public const int ReasonMaxLength = 500;

    public long Id { get; protected set; }

    public abstract PostKind Kind { get; }

    /// <summary>The story this post belongs to: itself, or a reply's story when it was loaded with it.</summary>
    public abstract Story? ParentStory { get; }

    /// <summary>How messages name this post to a person: "story" or "reply".</summary>
    protected abstract string Noun { get; }

    /// <summary>Null once the writer has burned their pseudonym and kept the posts as "former member".</summary>
    public Guid? AuthorId { get; protected set; }
    public Pseudonym? Author { get; protected set; }

    public string BodySource { get; protected set; } = "";
    public string BodyHtml { get; protected set; } = "";
    public int RenderVersion { get; protected set; }
    public DateTimeOffset CreatedAt { get; protected set; }

    /// <summary>The composer form's own random key: a second send of the same form finds this post instead of writing another.</summary>
    public Guid? SubmissionKey { get; private set; }

    /// <summary>
    /// The language the writer's interface was in when they wrote the post (an ISO 639 code: "en", "es", "ar"). Search
    /// reads the post's words with that language's rules; an edit keeps it, as the post is still theirs in it.
    /// </summary>
    public string Language { get; private set; } = DefaultLanguage;

    /// <summary>The forum's first language, and every post's before it spoke others.</summary>
    public const string DefaultLanguage = "en";

    /// <summary>When the writer last changed the post; readers see that it was edited.</summary>
    public DateTimeOffset? EditedAt { get; private set; }

    /// <summary>When the writer deleted the post: its words are gone for good, and the page says the writer removed it.</summary>
    public DateTimeOffset? DeletedAt { get; private set; }

    public DateTimeOffset? RemovedAt { get; private set; }

    /// <summary>Shown to moderators beside a removed post, and to its writer; purged with it.</summary>
    public string? RemovalReason { get; private set; }

    /// <summary>Set while a watched phrase holds the post for a moderator before anyone else can read it.</summary>
    public DateTimeOffset? HeldAt { get; protected set; }

    /// <summary>
    /// Neither removed nor held: computed by the database (is_public), so that every reader can filter with one
    /// indexed column. <c>PostVisibility</c> in Forum.Data names what each kind of page may show.
    /// </summary>
    public bool IsPublic { get; private set; }

    /// <summary>Moved by every moderation change, so a moderator acting on an outdated page gets a conflict.</summary>
    public int ModerationVersion { get; protected set; }

    /// <summary>How many people found the post familiar. Only the database moves it (ReactionWriter), because only the reactions table's primary key knows whether a press is new.</summary>
    public int FamiliarCount { get; private set; }

    /// <summary>The content warnings' codes, as <see cref="ContentWarningText"/> spells them; read them through <see cref="Warnings"/>.</summary>
    public string[] ContentWarnings { get; private set; } = [];

    /// <summary>The writer's own words for "something else"; set exactly when that warning is among <see cref="ContentWarnings"/>.</summary>
    public string? ContentWarningLabel { get; private set; }

    /// <summary>The warnings moderators added (see <see cref="AddContentWarnings"/>): an edit by the writer keeps them.</summary>
    public string[] ModeratorContentWarnings { get; private set; } = [];

    public string? ModeratorContentWarningLabel { get; private set; }

    public ContentWarningSet Warnings => ContentWarningSet.FromCodes(ContentWarnings, ContentWarningLabel);
    public ContentWarningSet ModeratorWarnings => ContentWarningSet.FromCodes(ModeratorContentWarnings, ModeratorContentWarningLabel);

    /// <summary>
    /// How strongly the risk detector read the writer's words as "may be at risk" (never which words). Only
    /// moderators see it; it goes with the post's words (<see cref="DeleteByWriter"/>) and with its row.
    /// </summary>
    public RiskBand RiskBand { get; private set; }

    /// <summary>When a moderator looked at the post for its writer's safety; it leaves the "may be at risk" list then.</summary>
    public DateTimeOffset? RiskSeenAt { get; private set; }

    /// <summary>Waiting for a moderator to look at it for its writer's safety.</summary>
    public bool MayBeAtRisk => RiskBand != RiskBand.None && RiskSeenAt is null && !IsDeletedByWriter;

    public bool IsRemoved => RemovedAt is not null;
    public bool IsHeld => HeldAt is not null;
    public bool IsDeletedByWriter => DeletedAt is not null;

    public bool IsWrittenBy(Guid pseudonymId) => AuthorId == pseudonymId;

    /// <summary>The first words of a new post, as a writer sent them.</summary>
    protected void Write(Pseudonym author, PostBody body, ContentWarningSet warnings, DateTimeOffset now, bool holdForReview, Guid? submissionKey)
    {
        SubmissionKey = submissionKey;
        AuthorId = author.Id;
        Author = author;
        SetBody(body);
        SetWarnings(warnings);
        CreatedAt = now;
        HeldAt = holdForReview ? now : null;
    }

    /// <summary>
    /// The writer's new words. Every check comes before the first change, so a refused edit leaves the post as it was.
    /// The moderators' warnings stay whatever the writer ticks.
    /// </summary>
    /// <param name="room">The room the post is in: it decides whether a content warning is needed.</param>
    /// <param name="holdForReview">A watched phrase is in the new words: the post waits for a moderator again, as a new one would.</param>
    /// <param name="beforeChange">The subclass's own checks, run with the shared ones before anything changes.</param>
    /// <returns>True when the edit took a published post out of view.</returns>
    protected bool Revise(
        Pseudonym editor, PostBody body, ContentWarningSet warnings, Room room, DateTimeOffset now, bool holdForReview, Action? beforeChange = null)
    {
        RequireWriter(editor.Id, "edit");
        editor.RefuseIfBanned(now);
        if (IsRemoved) throw new DomainRuleException($"The moderators have removed this {Noun}, so it can't be edited.");
        room.CheckWarnings(warnings);
        beforeChange?.Invoke();
        SetWarnings(warnings.With(ModeratorWarnings));
        SetBody(body);
        EditedAt = now;
        if (!holdForReview || IsHeld) return false;
        HeldAt = now;
        ModerationVersion++;
        return true;
    }

    /// <summary>The writer's interface language as they wrote; anything but a plain language code is taken as the default.</summary>
    public void NoteLanguage(string? code) =>
        Language = code is { Length: 2 or 3 } && code.All(char.IsAsciiLetterLower) ? code : DefaultLanguage;

    /// <summary>
    /// What the risk detector made of the words just written or edited. Only a stronger reading than before puts the
    /// post (back) in front of the moderators: an edit that says the same again does not ask them twice.
    /// </summary>
    public void NoteRisk(RiskBand band)
    {
        if (band <= RiskBand) return;
        RiskBand = band;
        RiskSeenAt = null;
    }

    /// <summary>A moderator has looked at the post for its writer's safety (and, perhaps, written to them).</summary>
    public void MarkRiskSeen(DateTimeOffset now)
    {
        if (!MayBeAtRisk) throw new DomainRuleException($"This {Noun} isn't waiting for anyone to look at it for its writer's safety.");
        RiskSeenAt = now;
        ModerationVersion++;
    }

    /// <summary>The writer takes the post back: its words are deleted for good, and the page says they removed it.</summary>
    public void DeleteByWriter(Guid writerId, DateTimeOffset now)
    {
        RequireWriter(writerId, "delete");
        BodySource = "";
        BodyHtml = "";
        ForgetWriterWords();
        RiskBand = RiskBand.None;
        RiskSeenAt = null;
        DeletedAt = now;
    }

    /// <summary>Anything beyond the body that spells the writer's words (a story's title) goes with them.</summary>
    protected virtual void ForgetWriterWords() { }

    private void RequireWriter(Guid pseudonymId, string action)
    {
        if (!IsWrittenBy(pseudonymId)) throw new DomainRuleException($"Only the person who wrote this {Noun} can {action} it.");
        if (IsDeletedByWriter) throw new DomainRuleException($"This {Noun} has already been deleted.");
    }

    /// <summary>"This feels familiar" from <paramref name="pseudonym"/>: the row that records it, if the post can take one.</summary>
    public Reaction React(Pseudonym pseudonym, DateTimeOffset now)
    {
        pseudonym.RefuseIfBanned(now);
        RefuseReactionsIfGone("it can't take reactions any more", "it can't take reactions yet");
        return new Reaction(Kind, Id, pseudonym.Id, ReactionKind.Familiar);
    }

    /// <summary>The reaction to delete when <paramref name="pseudonym"/> takes theirs back; a removed post stays as it was left.</summary>
    public Reaction TakeBackReaction(Pseudonym pseudonym)
    {
        RefuseReactionsIfGone("its reactions can't be changed", "its reactions can't be changed");
        return new Reaction(Kind, Id, pseudonym.Id, ReactionKind.Familiar);
    }

    private void RefuseReactionsIfGone(string whenGone, string whenHeld)
    {
        if (IsRemoved || IsDeletedByWriter) throw new DomainRuleException($"This {Noun} has been removed, so {whenGone}.");
        if (IsHeld) throw new DomainRuleException($"This {Noun} is waiting for a moderator to look at it, so {whenHeld}.");
        RefuseReactionsIfContainerGone(whenGone);
    }

    /// <summary>A reply in a removed story is shown to nobody, so it takes no reactions either.</summary>
    protected virtual void RefuseReactionsIfContainerGone(string consequence) { }

    /// <summary>A watched phrase matched as the post was written: nobody but its writer and the moderators sees it yet.</summary>
    public void HoldForReview(DateTimeOffset now)
    {
        if (IsHeld) throw new DomainRuleException($"This {Noun} is already waiting for review.");
        HeldAt = now;
    }

    /// <summary>
    /// Publishes a held post. A reply's story counts it in the database, not here (see <see cref="Story.ReplyCount"/>).
    /// </summary>
    public void Approve()
    {
        RequireWaitingForReview();
        HeldAt = null;
        ModerationVersion++;
    }

    /// <summary>
    /// A held post that should not be published: removed, and purged with other removed posts. It stays marked as
    /// held, which records that it was never published (and, for a reply, never counted).
    /// </summary>
    public void Reject(DateTimeOffset now, string reason)
    {
        RequireWaitingForReview();
        RemovedAt = now;
        RemovalReason = reason;
        ModerationVersion++;
    }

    private void RequireWaitingForReview()
    {
        if (!IsHeld || IsRemoved) throw new DomainRuleException($"This {Noun} isn't waiting for review.");
    }

    /// <summary>Readers see a short "removed by the moderators" notice (a reply) or nothing at all (a story); the writer sees <paramref name="reason"/>.</summary>
    public void Remove(DateTimeOffset now, string reason)
    {
        if (IsRemoved) throw new DomainRuleException($"This {Noun} has already been removed.");
        RemovedAt = now;
        RemovalReason = reason;
        ModerationVersion++;
    }

    public void Restore()
    {
        if (!IsRemoved) throw new DomainRuleException($"This {Noun} is not removed.");
        RemovedAt = null;
        RemovalReason = null;
        ModerationVersion++;
    }

    /// <summary>
    /// Folds the post behind more warnings, keeping the ones it had: what a moderator does instead of removing a
    /// post that is fine to share but needs a warning. Refuses a change that adds nothing, so a mistake is noticed.
    /// </summary>
    public void AddContentWarnings(ContentWarningSet added)
    {
        var combined = Warnings.With(added);
        if (combined.Equals(Warnings)) throw new DomainRuleException($"This {Noun} already carries those warnings.");
        var byModerators = ModeratorWarnings.With(added);
        ModeratorContentWarnings = byModerators.Codes;
        ModeratorContentWarningLabel = byModerators.OtherLabel;
        SetWarnings(combined);
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

    private void SetBody(PostBody body)
    {
        BodySource = body.Source;
        BodyHtml = body.Html;
        RenderVersion = body.RenderVersion;
    }

    private void SetWarnings(ContentWarningSet warnings)
    {
        ContentWarnings = warnings.Codes;
        ContentWarningLabel = warnings.OtherLabel;
    }
}
