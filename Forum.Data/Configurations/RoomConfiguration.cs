using Microsoft.EntityFrameworkCore;

namespace Forum.Data.Configurations;

internal sealed class RoomConfiguration : IEntityTypeConfiguration<Room>
{
    public void Configure(EntityTypeBuilder<Room> room)
    {
        room.Property(r => r.Slug).HasMaxLength(Room.SlugMaxLength);
        room.Property(r => r.Name).HasMaxLength(Room.NameMaxLength);
        room.Property(r => r.Description).HasMaxLength(Room.DescriptionMaxLength);
        room.HasIndex(r => r.Slug).IsUnique();
    }
}
