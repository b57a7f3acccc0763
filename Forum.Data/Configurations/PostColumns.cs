using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Forum.Data.Configurations;

/// <summary>The columns every post table has, mapped once for stories and replies alike (<see cref="Post"/>).</summary>
internal static class PostColumns
{
    /// <summary>The definition of is_public, as 0005_moderation.sql writes it: neither removed nor held.</summary>
    public const string IsPublicSql = "removed_at IS NULL AND held_at IS NULL";

    public static void Configure<TPost>(EntityTypeBuilder<TPost> post) where TPost : Post
    {
        post.Ignore(p => p.Kind);
        post.Ignore(p => p.ParentStory);
        post.Ignore(p => p.Warnings);
        post.Ignore(p => p.ModeratorWarnings);
        post.Ignore(p => p.IsRemoved);
        post.Ignore(p => p.IsHeld);
        post.Ignore(p => p.IsDeletedByWriter);
        post.Ignore(p => p.MayBeAtRisk);
        post.Property(p => p.RiskBand).HasConversion<short>();
        post.Property(p => p.Language).HasMaxLength(3);
        post.Property(p => p.ContentWarningLabel).HasMaxLength(ContentWarningSet.LabelMaxLength);
        post.Property(p => p.ModeratorContentWarningLabel).HasMaxLength(ContentWarningSet.LabelMaxLength);
        post.Property(p => p.RemovalReason).HasMaxLength(Post.ReasonMaxLength);
        post.Property(p => p.IsPublic).HasComputedColumnSql(IsPublicSql, stored: true);
        post.Property(p => p.ModerationVersion).IsConcurrencyToken();
        // Reactions move this with an atomic UPDATE (ReactionWriter); EF must never write back a stale copy.
        post.Property(p => p.FamiliarCount).Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
        post.HasOne(p => p.Author).WithMany().HasForeignKey(p => p.AuthorId).OnDelete(DeleteBehavior.SetNull);
        // The writer's latest post first: the repeat-post check reads one row (migration 0013).
        post.HasIndex(p => new { p.AuthorId, p.Id }).IsDescending(false, true);
        post.HasIndex(p => p.RemovedAt).HasFilter("removed_at IS NOT NULL");
        post.HasIndex(p => p.HeldAt).HasFilter("held_at IS NOT NULL");
        // The moderators' "may be at risk" list reads only the few posts waiting on it (migration 0030).
        post.HasIndex(p => new { p.RiskBand, p.CreatedAt }).HasFilter("risk_band > 0 AND risk_seen_at IS NULL AND deleted_at IS NULL");
        post.HasIndex(p => p.SubmissionKey).IsUnique().HasFilter("submission_key IS NOT NULL");
    }
}
