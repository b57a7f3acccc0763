using Forum.Domain.Safety;
using Forum.Domain.Threads;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Forum.Data.Configurations;

internal sealed class ReplyConfiguration : IEntityTypeConfiguration<Reply>
{
    public void Configure(EntityTypeBuilder<Reply> reply)
    {
        reply.Ignore(r => r.Warnings);
        reply.Property(r => r.ContentWarningLabel).HasMaxLength(ContentWarningSet.LabelMaxLength);
        reply.Property(r => r.ModeratorContentWarningLabel).HasMaxLength(ContentWarningSet.LabelMaxLength);
        reply.Ignore(r => r.ModeratorWarnings);
        // Reactions move this with an atomic UPDATE (ReactionWriter); EF must never write back a stale copy.
        reply.Property(r => r.FamiliarCount).Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
        reply.Property(r => r.RemovalReason).HasMaxLength(ForumThread.ReasonMaxLength);
        reply.Property(r => r.IsPublic).HasComputedColumnSql(PublicPost.Sql, stored: true);
        reply.Property(r => r.ModerationVersion).IsConcurrencyToken();
        reply.Ignore(r => r.IsRemoved);
        reply.Ignore(r => r.IsHeld);
        reply.Ignore(r => r.IsDeletedByWriter);
        reply.HasOne(r => r.Thread).WithMany().HasForeignKey(r => r.ThreadId).OnDelete(DeleteBehavior.Cascade);
        reply.HasOne(r => r.Author).WithMany().HasForeignKey(r => r.AuthorId).OnDelete(DeleteBehavior.SetNull);
        reply.HasIndex(r => new { r.ThreadId, r.Id });
        reply.HasIndex(r => r.AuthorId);
        reply.HasIndex(r => r.RemovedAt).HasFilter("removed_at IS NOT NULL");
        reply.HasIndex(r => r.HeldAt).HasFilter("held_at IS NOT NULL");
    }
}
