using Forum.Data.Reading;
using Microsoft.EntityFrameworkCore;

namespace Forum.Data.Moderation;

/// <summary>A reader's report, saved with nothing about the reader: not their pseudonym, not their network.</summary>
public sealed class ReportWriter(ForumDbContext db, TimeProvider clock)
{
    /// <summary>The story a public post belongs to, for the report page's heading; null when readers can't see the post.</summary>
    public Task<ReportablePost?> ReportablePostAsync(PostKind kind, long postId, CancellationToken cancellationToken) =>
        kind == PostKind.Story
            ? db.Stories.OpenTo(null).Where(t => t.Id == postId)
                .Select(t => new ReportablePost(t.Id, t.Slug, t.Title)).SingleOrDefaultAsync(cancellationToken)
            : db.Replies.OpenTo(null).Where(r => r.Id == postId)
                .Select(r => new ReportablePost(r.StoryId, r.Story!.Slug, r.Story.Title)).SingleOrDefaultAsync(cancellationToken);

    /// <returns>The thread the post is in (to go back to), or null when there is no such post.</returns>
    public async Task<(long StoryId, string Slug)?> ReportAsync(PostKind kind, long postId, ReportCategory category, string? note, CancellationToken cancellationToken)
    {
        // A post readers can't see can't be reported either: the answer would tell them it exists.
        if (await db.PostAsync(kind, postId, cancellationToken) is not { } post || !post.IsOpenTo(null)) return null;
        var thread = post.ParentStory!;
        db.Reports.Add(Report.About(thread, post as Reply, category, note, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return (thread.Id, thread.Slug);
    }
}
