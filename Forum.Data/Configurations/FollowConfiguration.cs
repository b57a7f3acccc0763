using Microsoft.EntityFrameworkCore;

namespace Forum.Data.Configurations;

/// <summary>Private to the follower: it goes when they burn their name, and with the story when that is deleted.</summary>
internal sealed class FollowConfiguration : IEntityTypeConfiguration<Follow>
{
    public void Configure(EntityTypeBuilder<Follow> follow)
    {
        follow.HasKey(f => new { f.PseudonymId, f.StoryId });
        follow.HasOne<Pseudonym>().WithMany().HasForeignKey(f => f.PseudonymId).OnDelete(DeleteBehavior.Cascade);
        follow.HasOne<Story>().WithMany().HasForeignKey(f => f.StoryId).OnDelete(DeleteBehavior.Cascade);
        follow.HasIndex(f => f.StoryId);
    }
}
