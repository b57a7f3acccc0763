using Forum.Domain.Threads;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Forum.Data.Configurations;

internal sealed class ReplyConfiguration : IEntityTypeConfiguration<Reply>
{
    public void Configure(EntityTypeBuilder<Reply> reply)
    {
        reply.HasOne(r => r.Thread).WithMany().HasForeignKey(r => r.ThreadId).OnDelete(DeleteBehavior.Cascade);
        reply.HasOne(r => r.Author).WithMany().HasForeignKey(r => r.AuthorId).OnDelete(DeleteBehavior.SetNull);
        reply.HasIndex(r => new { r.ThreadId, r.Id });
        reply.HasIndex(r => r.AuthorId);
    }
}
