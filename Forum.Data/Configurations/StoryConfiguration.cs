using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Forum.Data.Configurations;

internal sealed class StoryConfiguration : IEntityTypeConfiguration<Story>
{
    public void Configure(EntityTypeBuilder<Story> thread)
    {
        PostColumns.Configure(thread);
        thread.Property(t => t.Title).HasMaxLength(Story.TitleMaxLength);
        thread.Property(t => t.Slug).HasMaxLength(Slug.MaxLength);
        thread.Property(t => t.LockReason).HasMaxLength(Post.ReasonMaxLength);

        // The database alone moves reply_count and last_activity_at (Story.ReplyCount, Story.LastActivityAt): EF never
        // writes the count (the column's default starts it at 0) and writes the activity only once, as the story starts.
        thread.Property(t => t.ReplyCount).Metadata.SetBeforeSaveBehavior(PropertySaveBehavior.Ignore);
        thread.Property(t => t.ReplyCount).Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
        thread.Property(t => t.LastActivityAt).Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);

        // One concurrency model for every post: ModerationVersion (PostColumns). Not xmin, which every reaction and
        // reply count moves, so a reader pressing "familiar" would fail a writer's edit or pass for "another moderator".

        thread.HasOne(t => t.Room).WithMany().HasForeignKey(t => t.RoomId).OnDelete(DeleteBehavior.Restrict);

        thread.HasIndex(t => new { t.RoomId, t.LastActivityAt, t.Id })
            .IsDescending(false, true, true)
            .HasFilter("is_public");
        thread.HasIndex(t => new { t.LastActivityAt, t.Id })
            .IsDescending(true, true)
            .HasFilter("is_public");
        // "Waiting for a reply", oldest first (StoryListQueries.WaitingForAReply).
        thread.HasIndex(t => new { t.LastActivityAt, t.Id, t.ReplyCount })
            .HasFilter("reply_count = 0 AND is_public AND deleted_at IS NULL AND NOT is_locked AND NOT is_pinned");
        // A room page's two parts, each read from an index that holds exactly its rows (migration 0012).
        thread.HasIndex(t => new { t.RoomId, t.LastActivityAt, t.Id }, "ix_threads_room_pinned")
            .IsDescending(false, true, true)
            .HasFilter("is_public AND deleted_at IS NULL AND is_pinned");
        thread.HasIndex(t => new { t.RoomId, t.LastActivityAt, t.Id }, "ix_threads_room_unpinned")
            .IsDescending(false, true, true)
            .HasFilter("is_public AND deleted_at IS NULL AND NOT is_pinned");
        // The same rows newest story first, for a room sorted by new (migration 0035).
        thread.HasIndex(t => new { t.RoomId, t.Id }, "ix_threads_room_unpinned_newest")
            .IsDescending(false, true)
            .HasFilter("is_public AND deleted_at IS NULL AND NOT is_pinned");
    }
}
