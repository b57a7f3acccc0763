using Forum.Data.Reading;
using Microsoft.EntityFrameworkCore;

namespace Forum.Data.Moderation;

/// <summary>A reader's report, saved with nothing about the reader: not their pseudonym, not their network.</summary>
public sealed class ReportWriter(ForumDbContext db, TimeProvider clock)
{
    /// <summary>The story a public post belongs to, for the report page's heading; null when readers can't see the post.</summary>
    public Task<ReportablePost?> ReportablePostAsync(PostKind kind, long postId, CancellationToken cancellationToken) =>
        kind == PostKind.Story
            ? db.Stories.Readable().Where(t => t.Id == postId)
                .Select(t => new ReportablePost(t.Id, t.Slug, t.Title)).SingleOrDefaultAsync(cancellationToken)
            : db.Replies.Readable().Where(r => r.Id == postId && r.Story!.IsPublic)
                .Select(r => new ReportablePost(r.StoryId, r.Story!.Slug, r.Story.Title)).SingleOrDefaultAsync(cancellationToken);

    /// <returns>The thread the post is in (to go back to), or null when there is no such post.</returns>
    public async Task<(long StoryId, string Slug)?> ReportAsync(PostKind kind, long postId, ReportCategory category, string? note, CancellationToken cancellationToken)
    {
        // A post readers can't see can't be reported either: the answer would tell them it exists.
        if (await db.PostAsync(kind, postId, cancellationToken) is not { IsPublic: true, ParentStory: { IsPublic: true } thread } post) return null;
        db.Reports.Add(Report.About(thread, post as Reply, category, note, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return (thread.Id, thread.Slug);
    }
}
