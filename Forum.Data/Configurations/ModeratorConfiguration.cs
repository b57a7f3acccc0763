using Microsoft.EntityFrameworkCore;

namespace Forum.Data.Configurations;

internal sealed class ModeratorConfiguration : IEntityTypeConfiguration<Moderator>
{
    public void Configure(EntityTypeBuilder<Moderator> moderator)
    {
        moderator.Property(m => m.Name).HasMaxLength(Moderator.NameMaxLength);
        moderator.Property(m => m.NameKey).HasMaxLength(Moderator.NameMaxLength);
        moderator.Property(m => m.PasswordHash).HasMaxLength(Moderator.PasswordHashMaxLength);
        moderator.Property(m => m.Role)
            .HasConversion(StoredCodeConverter.For(ModeratorRoleText.Codes))
            .HasMaxLength(ModeratorRoleText.MaxLength);
        moderator.Ignore(m => m.IsAdmin);
        moderator.HasIndex(m => m.NameKey).IsUnique();
    }
}
