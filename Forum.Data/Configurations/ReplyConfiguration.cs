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
        // Reactions move this with an atomic UPDATE (ReactionWriter); EF must never write back a stale copy.
        reply.Property(r => r.FamiliarCount).Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
        reply.HasOne(r => r.Thread).WithMany().HasForeignKey(r => r.ThreadId).OnDelete(DeleteBehavior.Cascade);
        reply.HasOne(r => r.Author).WithMany().HasForeignKey(r => r.AuthorId).OnDelete(DeleteBehavior.SetNull);
        reply.HasIndex(r => new { r.ThreadId, r.Id });
        reply.HasIndex(r => r.AuthorId);
    }
}
