using Microsoft.EntityFrameworkCore;

namespace Forum.Data.Configurations;

/// <summary>Private to the name: it goes when the name burns (ON DELETE CASCADE), and one endpoint is one row.</summary>
internal sealed class PushSubscriptionConfiguration : IEntityTypeConfiguration<PushSubscription>
{
    public void Configure(EntityTypeBuilder<PushSubscription> subscription)
    {
        subscription.Property(s => s.Id).ValueGeneratedNever();
        subscription.HasOne<Pseudonym>().WithMany().HasForeignKey(s => s.PseudonymId).OnDelete(DeleteBehavior.Cascade);
        subscription.HasIndex(s => s.PseudonymId);
        subscription.HasIndex(s => s.Endpoint).IsUnique();
    }
}
