using Microsoft.EntityFrameworkCore;

namespace Forum.Data.Configurations;

/// <summary>Private to the pseudonym (burning it deletes them); a removal notice also goes when its story or reply is purged.</summary>
internal sealed class ModeratorNoticeConfiguration : IEntityTypeConfiguration<ModeratorNotice>
{
    public void Configure(EntityTypeBuilder<ModeratorNotice> notice)
    {
        notice.Property(n => n.Kind)
            .HasConversion(StoredCodeConverter.For(NoticeKindText.Codes))
            .HasMaxLength(NoticeKindText.MaxLength);
        notice.Property(n => n.Body).HasMaxLength(ModeratorNotice.BodyMaxLength);
        notice.Property(n => n.CrisisCountry).HasMaxLength(ModeratorNotice.CountryMaxLength);
        notice.Ignore(n => n.IsRead);
        notice.HasOne<Pseudonym>().WithMany(p => p.Notices).HasForeignKey(n => n.PseudonymId).OnDelete(DeleteBehavior.Cascade);
        notice.HasOne<Story>().WithMany().HasForeignKey(n => n.StoryId).OnDelete(DeleteBehavior.Cascade);
        notice.HasOne<Reply>().WithMany().HasForeignKey(n => n.ReplyId).OnDelete(DeleteBehavior.Cascade);
        notice.HasIndex(n => n.PseudonymId).HasFilter("read_at IS NULL");
        notice.HasIndex(n => n.StoryId);
        notice.HasIndex(n => n.ReplyId);
        notice.HasIndex(n => n.ReadAt).HasFilter("read_at IS NOT NULL");
    }
}
