using Microsoft.EntityFrameworkCore;

namespace Forum.Data.Configurations;

internal sealed class ReplyConfiguration : IEntityTypeConfiguration<Reply>
{
    public void Configure(EntityTypeBuilder<Reply> reply)
    {
        PostColumns.Configure(reply);
        reply.HasOne(r => r.Thread).WithMany().HasForeignKey(r => r.ThreadId).OnDelete(DeleteBehavior.Cascade);
        reply.HasIndex(r => new { r.ThreadId, r.Id });
    }
}
