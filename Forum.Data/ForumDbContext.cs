using Forum.Domain.Progress;
using Microsoft.EntityFrameworkCore;

namespace Forum.Data;

/// <summary>
/// The unit of work. Pooled, so it takes nothing but its options: services that need the clock or the
/// renderer take them as arguments instead.
/// </summary>
public sealed class ForumDbContext(DbContextOptions<ForumDbContext> options) : DbContext(options)
{
    public DbSet<Room> Rooms => Set<Room>();
    public DbSet<Pseudonym> Pseudonyms => Set<Pseudonym>();
    public DbSet<Story> Stories => Set<Story>();
    public DbSet<Reply> Replies => Set<Reply>();
    public DbSet<Reaction> Reactions => Set<Reaction>();
    public DbSet<Moderator> Moderators => Set<Moderator>();
    public DbSet<ModerationLogEntry> ModerationLog => Set<ModerationLogEntry>();
    public DbSet<Report> Reports => Set<Report>();
    public DbSet<ModeratorNotice> ModeratorNotices => Set<ModeratorNotice>();
    public DbSet<Milestone> Milestones => Set<Milestone>();
    public DbSet<CheckIn> CheckIns => Set<CheckIn>();
    public DbSet<Follow> Follows => Set<Follow>();
    public DbSet<PushSubscription> PushSubscriptions => Set<PushSubscription>();

    /// <summary>
    /// A story or a reply, tracked, with what its rules need loaded: its writer, and the room that decides about
    /// content warnings (a reply's through its story, whose state a reply's rules also read).
    /// </summary>
    public async Task<Post?> PostAsync(PostKind kind, long id, CancellationToken cancellationToken) => kind switch
    {
        PostKind.Story => await Stories.Include(t => t.Room).Include(t => t.Author).SingleOrDefaultAsync(t => t.Id == id, cancellationToken),
        _ => await Replies.Include(r => r.Story!.Room).Include(r => r.Author).SingleOrDefaultAsync(r => r.Id == id, cancellationToken),
    };

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ForumDbContext).Assembly);
        SnakeCaseNames.Apply(modelBuilder);
    }
}
