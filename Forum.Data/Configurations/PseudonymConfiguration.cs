using Forum.Domain.Pseudonyms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Forum.Data.Configurations;

internal sealed class PseudonymConfiguration : IEntityTypeConfiguration<Pseudonym>
{
    public void Configure(EntityTypeBuilder<Pseudonym> pseudonym)
    {
        pseudonym.Property(p => p.Id).ValueGeneratedNever();
        pseudonym.Property(p => p.Name).HasMaxLength(Pseudonym.NameMaxLength);
        pseudonym.Property(p => p.NameKey).HasMaxLength(Pseudonym.NameMaxLength);
        pseudonym.Property(p => p.SecretHash).HasMaxLength(Pseudonym.SecretHashLength);
        pseudonym.HasIndex(p => p.NameKey).IsUnique();
    }
}
