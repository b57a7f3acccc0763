using Forum.Domain.Safety;
using Forum.Domain.Threads;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Forum.Data.Configurations;

internal sealed class ForumThreadConfiguration : IEntityTypeConfiguration<ForumThread>
{
    public void Configure(EntityTypeBuilder<ForumThread> thread)
    {
        thread.Property(t => t.Title).HasMaxLength(ForumThread.TitleMaxLength);
        thread.Property(t => t.Slug).HasMaxLength(Slug.MaxLength);
        thread.Property(t => t.LockReason).HasMaxLength(ForumThread.ReasonMaxLength);
        thread.Property(t => t.RemovalReason).HasMaxLength(ForumThread.ReasonMaxLength);
        thread.Property(t => t.IsPublic).HasComputedColumnSql(PublicPost.Sql, stored: true);
        thread.Property(t => t.ModerationVersion).IsConcurrencyToken();
        thread.Ignore(t => t.IsRemoved);
        thread.Ignore(t => t.Warnings);
        thread.Property(t => t.ContentWarningLabel).HasMaxLength(ContentWarningSet.LabelMaxLength);
        thread.Property(t => t.ModeratorContentWarningLabel).HasMaxLength(ContentWarningSet.LabelMaxLength);
        thread.Ignore(t => t.ModeratorWarnings);
        thread.Ignore(t => t.IsHeld);
        thread.Ignore(t => t.IsDeletedByWriter);

        // Replies move these with an atomic UPDATE (ThreadWriter); EF must never write back a stale copy.
        thread.Property(t => t.ReplyCount).Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
        thread.Property(t => t.LastActivityAt).Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
        // Reactions move this one the same way (ReactionWriter).
        thread.Property(t => t.FamiliarCount).Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);

        // PostgreSQL's xmin system column: two moderators changing one thread at once get a conflict, not a lost update.
        thread.Property<uint>("Version").HasColumnName("xmin").HasColumnType("xid").ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();

        thread.HasOne(t => t.Room).WithMany().HasForeignKey(t => t.RoomId).OnDelete(DeleteBehavior.Restrict);
        thread.HasOne(t => t.Author).WithMany().HasForeignKey(t => t.AuthorId).OnDelete(DeleteBehavior.SetNull);

        thread.HasIndex(t => new { t.RoomId, t.LastActivityAt, t.Id })
            .IsDescending(false, true, true)
            .HasFilter("is_public");
        thread.HasIndex(t => new { t.LastActivityAt, t.Id })
            .IsDescending(true, true)
            .HasFilter("is_public");
        thread.HasIndex(t => t.AuthorId);
        thread.HasIndex(t => t.RemovedAt).HasFilter("removed_at IS NOT NULL");
        thread.HasIndex(t => t.HeldAt).HasFilter("held_at IS NOT NULL");
    }
}
