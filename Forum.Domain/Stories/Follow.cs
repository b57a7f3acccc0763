namespace Forum.Domain.Stories;

/// <summary>
/// A pseudonym following a story: the replies written after it came to follow, other than its own, come to its
/// inbox. Made by <see cref="Story.FollowedBy"/>, which decides which stories can be followed.
/// </summary>
public sealed class Follow
{
    private Follow() { }

    internal Follow(Guid pseudonymId, long storyId, long sinceReplyId)
    {
        PseudonymId = pseudonymId;
        StoryId = storyId;
        SinceReplyId = sinceReplyId;
    }

    public Guid PseudonymId { get; private set; }
    public long StoryId { get; private set; }

    /// <summary>The newest reply there was when following began; the inbox brings only later ones (reply ids only grow).</summary>
    public long SinceReplyId { get; private set; }
}
