using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Forum.Data.Configurations;

internal sealed class PseudonymConfiguration : IEntityTypeConfiguration<Pseudonym>
{
    public void Configure(EntityTypeBuilder<Pseudonym> pseudonym)
    {
        pseudonym.Property(p => p.Id).ValueGeneratedNever();
        pseudonym.Property(p => p.Name).HasMaxLength(Pseudonym.NameMaxLength);
        pseudonym.Property(p => p.NameKey).HasMaxLength(PseudonymNameKey.MaxLength);
        pseudonym.Property(p => p.SecretHash).HasMaxLength(Pseudonym.SecretHashLength);
        pseudonym.Property(p => p.Badge)
            .HasConversion(StoredCodeConverter.For(VerifiedBadgeText.Codes))
            .HasMaxLength(VerifiedBadgeText.MaxLength);
        pseudonym.Property(p => p.ModerationVersion).IsConcurrencyToken();
        pseudonym.Property(p => p.RecoveryHash).HasMaxLength(Pseudonym.SecretHashLength);
        pseudonym.Ignore(p => p.HasRecoveryKey);
        pseudonym.Navigation(p => p.Notices).UsePropertyAccessMode(PropertyAccessMode.Field);
        pseudonym.HasIndex(p => p.NameKey).IsUnique();
        pseudonym.HasIndex(p => p.RecoveryHash).IsUnique();
    }
}
