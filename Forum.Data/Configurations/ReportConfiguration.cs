using Microsoft.EntityFrameworkCore;

namespace Forum.Data.Configurations;

internal sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> report)
    {
        report.Property(r => r.Category)
            .HasConversion(StoredCodeConverter.For(ReportCategoryText.Codes))
            .HasMaxLength(ReportCategoryText.MaxLength);
        report.Property(r => r.Note).HasMaxLength(Report.NoteMaxLength);
        report.Property(r => r.Outcome).HasMaxLength(ReportOutcome.MaxLength);
        report.Ignore(r => r.IsResolved);
        // Two moderators resolving the same report at once: the second gets a conflict, not a second log row.
        report.Property<uint>("Version").HasColumnName("xmin").HasColumnType("xid").ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
        // A purged post takes its reports with it.
        report.HasOne<Story>().WithMany().HasForeignKey(r => r.StoryId).OnDelete(DeleteBehavior.Cascade);
        report.HasOne<Reply>().WithMany().HasForeignKey(r => r.ReplyId).OnDelete(DeleteBehavior.Cascade);
        report.HasOne<Moderator>().WithMany().HasForeignKey(r => r.ResolvedBy).OnDelete(DeleteBehavior.Restrict);
        report.HasIndex(r => r.StoryId);
        report.HasIndex(r => r.ReplyId);
        report.HasIndex(r => r.ResolvedBy);
        report.HasIndex(r => r.CreatedAt).HasFilter("resolved_at IS NULL");
    }
}
