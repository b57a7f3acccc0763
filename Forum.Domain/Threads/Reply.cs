using Forum.Domain.Pseudonyms;
using Forum.Domain.Rendering;

namespace Forum.Domain.Threads;

/// <summary>A reply to a story. Made only through <see cref="ForumThread.AddReply"/>, which checks the thread's rules.</summary>
public sealed class Reply
{
    private Reply() { }

    internal Reply(ForumThread thread, Pseudonym author, PostBody body, DateTimeOffset now)
    {
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

    /// <summary>Replaces the stored HTML with a newer rendering of the same source, when the rendering policy changes.</summary>
    public void Rerender(PostBody body)
    {
        if (body.Source != BodySource)
            throw new DomainRuleException("A re-rendering must come from the post's own source text.");
        BodyHtml = body.Html;
        RenderVersion = body.RenderVersion;
    }
}
