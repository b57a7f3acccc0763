using Forum.Domain.Progress;
using Microsoft.EntityFrameworkCore;

namespace Forum.Data.Configurations;

/// <summary>Private progress: everything hangs off the pseudonym and goes when it burns (ON DELETE CASCADE).</summary>
internal sealed class ProgressConfiguration : IEntityTypeConfiguration<Milestone>, IEntityTypeConfiguration<MilestoneStretch>, IEntityTypeConfiguration<CheckIn>
{
    public void Configure(EntityTypeBuilder<Milestone> milestone)
    {
        milestone.HasKey(m => m.PseudonymId);
        milestone.Property(m => m.PseudonymId).ValueGeneratedNever();
        milestone.Property(m => m.Label).HasMaxLength(Milestone.LabelMaxLength);
        milestone.HasOne<Pseudonym>().WithMany().HasForeignKey(m => m.PseudonymId).OnDelete(DeleteBehavior.Cascade);
        milestone.HasMany(m => m.Stretches).WithOne().HasForeignKey(s => s.PseudonymId).OnDelete(DeleteBehavior.Cascade);
        milestone.Navigation(m => m.Stretches).UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    public void Configure(EntityTypeBuilder<MilestoneStretch> stretch)
    {
        stretch.ToTable("milestone_stretches");
        stretch.Ignore(s => s.Days);
        stretch.HasIndex(s => s.PseudonymId);
    }

    public void Configure(EntityTypeBuilder<CheckIn> checkIn)
    {
        checkIn.HasKey(c => new { c.PseudonymId, c.Day });
        checkIn.Property(c => c.Note).HasMaxLength(CheckIn.NoteMaxLength);
        checkIn.HasOne<Pseudonym>().WithMany().HasForeignKey(c => c.PseudonymId).OnDelete(DeleteBehavior.Cascade);
    }
}
