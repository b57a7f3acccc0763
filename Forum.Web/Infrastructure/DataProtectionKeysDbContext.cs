using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Forum.Web.Infrastructure;

/// <summary>
/// The Data Protection key ring's own small context, apart from ForumDbContext, so that Forum.Data stays free of
/// ASP.NET Core. Its table comes from migrations/0009 like every other; ModelMatchesSchemaTests checks both models.
/// </summary>
internal sealed class DataProtectionKeysDbContext(DbContextOptions<DataProtectionKeysDbContext> options)
    : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The VAPID key pair that signs push messages, kept with the key ring for the same reason (Push/PushKeys.cs).</summary>
    public DbSet<Push.PushKeyRow> PushKeys => Set<Push.PushKeyRow>();

    /// <summary>
    /// The one key pair: this candidate if no node has made one yet, else the one made first. An insert that does
    /// nothing when the row is there, then a read, so two nodes that both made a candidate agree on the stored one.
    /// </summary>
    public async Task<Push.PushKeyRow> PushKeysAsync(Push.PushKeyRow candidate, CancellationToken cancellationToken)
    {
        await Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO push_keys (id, public_key, private_key) VALUES ({candidate.Id}, {candidate.PublicKey}, {candidate.PrivateKey})
            ON CONFLICT (id) DO NOTHING
            """, cancellationToken);
        return await PushKeys.AsNoTracking().SingleAsync(k => k.Id == candidate.Id, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DataProtectionKey>(key =>
        {
            key.ToTable("data_protection_keys");
            key.HasKey(k => k.Id).HasName("pk_data_protection_keys");
            key.Property(k => k.Id).HasColumnName("id");
            key.Property(k => k.FriendlyName).HasColumnName("friendly_name");
            key.Property(k => k.Xml).HasColumnName("xml");
        });
        modelBuilder.Entity<Push.PushKeyRow>(key =>
        {
            key.ToTable("push_keys");
            key.HasKey(k => k.Id).HasName("pk_push_keys");
            key.Property(k => k.Id).HasColumnName("id").ValueGeneratedNever();
            key.Property(k => k.PublicKey).HasColumnName("public_key");
            key.Property(k => k.PrivateKey).HasColumnName("private_key");
        });
    }
}
