using System.Threading.Channels;

namespace Forum.Web.Push;

/// <summary>
/// Replies just committed, waiting for <see cref="PushSender"/> to tell the devices of the names they came to. Telling
/// is never part of writing: a reply is posted whether or not a push service answers, and the writer never waits
/// for one. When the queue is full the oldest waits are dropped; the inbox on /me still has every reply.
/// </summary>
public sealed class PushNews(IOptions<PushOptions> options)
{
    private const int Waiting = 1000;

    private readonly Channel<long> _replies = Channel.CreateBounded<long>(
        new BoundedChannelOptions(Waiting) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    /// <summary>Call after the reply's transaction has committed, or a device could be told of a reply that never was.</summary>
    public void ReplyWritten(long replyId)
    {
        if (options.Value.Enabled) _replies.Writer.TryWrite(replyId);
    }

    internal ChannelReader<long> Replies => _replies.Reader;
}
