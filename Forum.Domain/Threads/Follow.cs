namespace Forum.Domain.Threads;

/// <summary>
/// A pseudonym following a story: the replies written after it came to follow, other than its own, come to its
/// inbox. Made by <see cref="ForumThread.FollowedBy"/>, which decides which stories can be followed.
/// </summary>
public sealed class Follow
{
    private Follow() { }

    internal Follow(Guid pseudonymId, long threadId, long sinceReplyId)
    {
        PseudonymId = pseudonymId;
        ThreadId = threadId;
        SinceReplyId = sinceReplyId;
    }

    public Guid PseudonymId { get; private set; }
    public long ThreadId { get; private set; }

    /// <summary>The newest reply there was when following began; the inbox brings only later ones (reply ids only grow).</summary>
    public long SinceReplyId { get; private set; }
}
