namespace Forum.Data.Reading;

/// <summary>A reply in one pseudonym's inbox: to one of its stories, or to a story it follows.</summary>
public sealed class InboxEntry
{
    public required Pseudonym Owner { get; init; }
    public required Reply Reply { get; init; }

    /// <summary>It came through a follow, not to the owner's own story.</summary>
    public required bool IsFollowed { get; init; }
}

/// <summary>
/// What an inbox holds, written once for the list on /me, the header's count and "mark as read": replies anyone may
/// read, written by someone else, to the owner's own stories, or to stories it follows and written since it began.
/// Each entry is one name's: the names one browser holds are never merged into one reader.
/// </summary>
public static class InboxEntries
{
    public static IQueryable<InboxEntry> InboxOf(this ForumDbContext db, IReadOnlyCollection<Guid> pseudonymIds)
    {
        // Two sources, one UNION ALL, so each side keeps its index (threads by writer, follows by follower)
        // where an OR across them would read every reply.
        var ownStories = db.Stories
            .Where(t => t.AuthorId != null && pseudonymIds.Contains(t.AuthorId.Value))
            .Select(t => new { OwnerId = t.AuthorId!.Value, StoryId = t.Id, Since = 0L, IsFollowed = false });
        var followed = db.Follows
            .Where(f => pseudonymIds.Contains(f.PseudonymId))
            .Select(f => new { OwnerId = f.PseudonymId, f.StoryId, Since = f.SinceReplyId, IsFollowed = true });
        return from source in ownStories.Concat(followed)
               join reply in db.Replies.Where(PostVisibility.IsListedWithStory) on source.StoryId equals reply.StoryId
               join owner in db.Pseudonyms on source.OwnerId equals owner.Id
               where reply.Id > source.Since && (reply.AuthorId == null || reply.AuthorId != source.OwnerId)
               select new InboxEntry { Owner = owner, Reply = reply, IsFollowed = source.IsFollowed };
    }
}
