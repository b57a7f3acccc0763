using Microsoft.EntityFrameworkCore;

namespace Forum.Data.Configurations;

internal sealed class ReplyConfiguration : IEntityTypeConfiguration<Reply>
{
    public void Configure(EntityTypeBuilder<Reply> reply)
    {
        PostColumns.Configure(reply);
        reply.HasOne(r => r.Story).WithMany().HasForeignKey(r => r.StoryId).OnDelete(DeleteBehavior.Cascade);
        reply.HasIndex(r => new { r.StoryId, r.Id });
    }
}
