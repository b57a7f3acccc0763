using Forum.Domain.Pseudonyms;
using Forum.Domain.Reactions;
using Forum.Domain.Rendering;
using Forum.Domain.Safety;

namespace Forum.Domain.Threads;

/// <summary>A reply to a story. Made only through <see cref="ForumThread.AddReply"/>, which checks the thread's rules.</summary>
public sealed class Reply : IRenderedPost
{
    private Reply() { }

    internal Reply(ForumThread thread, Pseudonym author, PostBody body, DateTimeOffset now, ContentWarningSet warnings)
    {
        ContentWarnings = warnings.Codes;
        ContentWarningLabel = warnings.OtherLabel;
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

    /// <summary>The content warnings' codes, as on <see cref="ForumThread.ContentWarnings"/>.</summary>
    public string[] ContentWarnings { get; private set; } = [];

    public string? ContentWarningLabel { get; private set; }

    public ContentWarningSet Warnings => ContentWarningSet.FromCodes(ContentWarnings, ContentWarningLabel);

    /// <summary>Folds the reply behind more warnings, keeping its own: a moderator's alternative to removing it.</summary>
    public void AddContentWarnings(ContentWarningSet added)
    {
        var combined = Warnings.With(added);
        if (combined.Equals(Warnings)) throw new DomainRuleException("This reply already carries those warnings.");
        ContentWarnings = combined.Codes;
        ContentWarningLabel = combined.OtherLabel;
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
    public Reaction React(Pseudonym pseudonym)
    {
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
        if (RemovedAt is not null)
            throw new DomainRuleException($"This reply has been removed, so {consequence}.");
        if (Thread is { IsRemoved: true })
            throw new DomainRuleException($"The story this reply belongs to has been removed, so {consequence}.");
    }
}
