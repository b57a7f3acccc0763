using Microsoft.EntityFrameworkCore;

namespace Forum.Data.Configurations;

internal sealed class ReactionConfiguration : IEntityTypeConfiguration<Reaction>
{
    public void Configure(EntityTypeBuilder<Reaction> reaction)
    {
        // The whole row is the key: one reaction of a kind per pseudonym per post, so a double submit adds nothing.
        reaction.HasKey(r => new { r.PostKind, r.PostId, r.PseudonymId, r.Kind });
        reaction.Property(r => r.PostKind)
            .HasConversion(StoredCodeConverter.For(PostKindText.Codes))
            .HasMaxLength(PostKindText.MaxLength);
        reaction.Property(r => r.Kind)
            .HasConversion(StoredCodeConverter.For(ReactionKindText.Codes))
            .HasMaxLength(ReactionKindText.MaxLength);
        reaction.HasOne<Pseudonym>().WithMany().HasForeignKey(r => r.PseudonymId).OnDelete(DeleteBehavior.Cascade);
        reaction.HasIndex(r => r.PseudonymId);
    }
}
