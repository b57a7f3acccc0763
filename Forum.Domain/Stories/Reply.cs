namespace Forum.Domain.Stories;

/// <summary>A reply to a story. Made only through <see cref="Story.AddReply"/>, which checks the story's rules.</summary>
public sealed class Reply : Post
{
    private Reply() { }

    internal Reply(Story thread, Pseudonym author, PostBody body, DateTimeOffset now, ContentWarningSet warnings, bool held, Guid? submissionKey)
    {
        StoryId = thread.Id;
        Story = thread;
        Write(author, body, warnings, now, held, submissionKey);
    }

    public override PostKind Kind => PostKind.Reply;
    public override Story? ParentStory => Story;
    protected override string Noun => "reply";

    public long StoryId { get; private set; }
    public Story? Story { get; private set; }

    /// <remarks>The reply's thread and its room must be loaded: the room decides whether a content warning is needed.</remarks>
    /// <param name="holdForReview">A watched phrase is in the new words: the reply waits for a moderator again, as a new one would.</param>
    /// <returns>True when the edit took a published reply out of view, so the caller takes it off the thread's count.</returns>
    public bool Edit(Pseudonym editor, PostBody body, ContentWarningSet warnings, DateTimeOffset now, bool holdForReview = false) =>
        Revise(editor, body, warnings, LoadedStory().LoadedRoom("editing"), now, holdForReview);

    protected override void RefuseReactionsIfContainerGone(string consequence)
    {
        if (Story is { IsRemoved: true })
            throw new DomainRuleException($"The story this reply belongs to has been removed, so {consequence}.");
    }

    private Story LoadedStory() =>
        Story ?? throw new InvalidOperationException("Load the reply's thread and room before editing.");
}
