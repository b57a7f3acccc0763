using Microsoft.EntityFrameworkCore;

namespace Forum.Data.Reading;

/// <summary>The devices to tell of a reply: the same names whose inbox it comes to (<see cref="InboxEntries"/>).</summary>
public static class PushRecipients
{
    /// <summary>
    /// Marks the statement in the SQL it sends (EF Core writes a tag as a leading comment), so it can be told apart from
    /// the reply's own statements: it runs after the reply is answered, from the push sender, not from the request.
    /// </summary>
    public const string Tag = "Devices to tell of a reply";

    /// <summary>
    /// The story's writer's devices and its followers', never the replier's own, and none for a reply nobody else may
    /// read yet (held for review, deleted): the inbox would not show it, so there is nothing new to wait for.
    /// </summary>
    public static Task<List<PushSubscription>> ToTellOfAsync(this ForumDbContext db, long replyId, CancellationToken cancellationToken) =>
        db.ToTellOf(replyId).TagWith(Tag).AsNoTracking().ToListAsync(cancellationToken);

    private static IQueryable<PushSubscription> ToTellOf(this ForumDbContext db, long replyId)
    {
        var reply = db.Replies.Where(r => r.Id == replyId).Where(PostVisibility.IsListedWithStory);
        var writer = reply
            .Where(r => r.Story!.AuthorId != null && (r.AuthorId == null || r.AuthorId != r.Story.AuthorId))
            .Select(r => r.Story!.AuthorId!.Value);
        var followers = db.Follows
            .Where(f => reply.Any(r => r.StoryId == f.StoryId && r.Id > f.SinceReplyId && (r.AuthorId == null || r.AuthorId != f.PseudonymId)))
            .Select(f => f.PseudonymId);
        var names = writer.Concat(followers);
        return db.PushSubscriptions.Where(s => names.Contains(s.PseudonymId));
    }
}
