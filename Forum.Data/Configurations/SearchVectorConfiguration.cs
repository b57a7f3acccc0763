using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace Forum.Data.Configurations;

/// <summary>
/// The stored search vectors (migrations/0007_search_progress.sql). Shadow properties: the domain has no business
/// knowing about them, and PostgreSQL computes them, so EF only ever reads them inside queries.
/// </summary>
internal sealed class SearchVectorConfiguration : IEntityTypeConfiguration<ForumThread>, IEntityTypeConfiguration<Reply>
{
    public const string Property = "SearchVector";

    public void Configure(EntityTypeBuilder<ForumThread> thread)
    {
        thread.Property<NpgsqlTsVector>(Property).IsRequired().HasComputedColumnSql(
            "setweight(to_tsvector('english'::regconfig, title), 'A') || setweight(to_tsvector('english'::regconfig, body_source), 'B')", stored: true);
        thread.HasIndex(Property).HasMethod("gin");
    }

    public void Configure(EntityTypeBuilder<Reply> reply)
    {
        reply.Property<NpgsqlTsVector>(Property).IsRequired().HasComputedColumnSql("to_tsvector('english'::regconfig, body_source)", stored: true);
        reply.HasIndex(Property).HasMethod("gin");
    }
}
