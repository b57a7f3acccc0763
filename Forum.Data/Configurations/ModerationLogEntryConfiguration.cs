using Microsoft.EntityFrameworkCore;

namespace Forum.Data.Configurations;

internal sealed class ModerationLogEntryConfiguration : IEntityTypeConfiguration<ModerationLogEntry>
{
    public void Configure(EntityTypeBuilder<ModerationLogEntry> entry)
    {
        entry.Property(e => e.Action).HasMaxLength(ModerationActions.MaxLength);
        entry.Property(e => e.TargetKind).HasMaxLength(ModerationTarget.KindMaxLength);
        entry.Property(e => e.Reason).HasMaxLength(ModerationReason.MaxLength);
        entry.Property(e => e.Detail).HasMaxLength(ModerationLogEntry.DetailMaxLength);
        entry.HasOne<Moderator>().WithMany().HasForeignKey(e => e.ModeratorId).OnDelete(DeleteBehavior.Restrict);
        // A burn deletes the pseudonym and the database forgets its id here; the log row itself stays.
        entry.HasOne<Pseudonym>().WithMany().HasForeignKey(e => e.PseudonymId).OnDelete(DeleteBehavior.SetNull);
        entry.HasIndex(e => new { e.At, e.Id }).IsDescending(true, true);
        entry.HasIndex(e => e.PseudonymId);
        entry.HasIndex(e => new { e.TargetKind, e.TargetId });
    }
}
