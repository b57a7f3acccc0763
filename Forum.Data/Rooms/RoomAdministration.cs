using Forum.Data.Moderation;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Forum.Data.Rooms;

/// <summary>
/// Admins adding, changing, ordering and archiving rooms. Every change is saved with its moderation log row in one
/// transaction (SaveWithLogAsync), so the log never misses a change and never records one that didn't happen.
/// </summary>
public sealed class RoomAdministration(ForumDbContext db, TimeProvider clock)
{
    /// <summary>Every room, archived ones too, in the order lists show them.</summary>
    public Task<List<Room>> AllAsync(CancellationToken cancellationToken) =>
        db.Rooms.AsNoTracking().OrderBy(r => r.Position).ThenBy(r => r.Id).ToListAsync(cancellationToken);

    public Task<Room?> FindAsync(string slug, CancellationToken cancellationToken) =>
        db.Rooms.AsNoTracking().SingleOrDefaultAsync(r => r.Slug == slug, cancellationToken);

    /// <summary>Adds the room after all the others.</summary>
    public async Task<Room> AddAsync(string slug, RoomSettings settings, string reasonText, int moderatorId, CancellationToken cancellationToken)
    {
        var reason = ModerationReason.From(reasonText);
        var last = await db.Rooms.MaxAsync(r => (int?)r.Position, cancellationToken) ?? 0;
        var room = Room.Open(slug, settings.Name, settings.Description, settings.RequiresContentWarnings, settings.FeedEnabled,
            Math.Min(last + 10, Room.MaxPosition));
        db.Rooms.Add(room);
        // The room's id exists only once it is saved, so the room and its log row go in one explicit transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
            throw new DomainRuleException($"There is already a room at /r/{room.Slug}. Choose another short name.");
        }
        await db.SaveWithLogAsync(ModerationLogEntry.Record(moderatorId, RoomActions.Add, ModerationTarget.Room(room.Id), reason, clock.GetUtcNow(), room.Slug), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return room;
    }

    /// <returns>False when there is no such room.</returns>
    public async Task<bool> ChangeAsync(string slug, RoomSettings settings, string reasonText, int moderatorId, CancellationToken cancellationToken)
    {
        var reason = ModerationReason.From(reasonText);
        var room = await db.Rooms.SingleOrDefaultAsync(r => r.Slug == slug, cancellationToken);
        if (room is null) return false;
        room.Change(settings.Name, settings.Description, settings.RequiresContentWarnings, settings.FeedEnabled);
        var detail = $"warnings {(room.RequiresContentWarnings ? "required" : "optional")}, feed {(room.FeedEnabled ? "on" : "off")}";
        await db.SaveWithLogAsync(ModerationLogEntry.Record(moderatorId, RoomActions.Edit, ModerationTarget.Room(room.Id), reason, clock.GetUtcNow(), detail), cancellationToken);
        return true;
    }

    /// <summary>Gives rooms new places; one log row for each room that actually moved, all saved together.</summary>
    /// <param name="positions">Room slug to its new place. Rooms left out stay where they are.</param>
    public async Task MoveAsync(IReadOnlyDictionary<string, int> positions, string reasonText, int moderatorId, CancellationToken cancellationToken)
    {
        var reason = ModerationReason.From(reasonText);
        var slugs = positions.Keys.ToList();
        var rooms = await db.Rooms.Where(r => slugs.Contains(r.Slug)).ToListAsync(cancellationToken);
        if (rooms.Count != positions.Count)
            throw new DomainRuleException("One of those rooms doesn't exist any more. Please reload the list and try again.");
        var now = clock.GetUtcNow();
        var entries = new List<ModerationLogEntry>();
        foreach (var room in rooms.Where(r => r.Position != positions[r.Slug]))
        {
            room.MoveTo(positions[room.Slug]);
            entries.Add(ModerationLogEntry.Record(moderatorId, RoomActions.Move, ModerationTarget.Room(room.Id), reason, now, $"to place {room.Position}"));
        }
        if (entries.Count == 0) throw new DomainRuleException("Those are the places the rooms already have, so nothing was changed.");
        db.ModerationLog.AddRange(entries.SkipLast(1));
        await db.SaveWithLogAsync(entries[^1], cancellationToken);
    }

    /// <returns>False when there is no such room.</returns>
    public Task<bool> ArchiveAsync(string slug, string reason, int moderatorId, CancellationToken cancellationToken) =>
        ActAsync(slug, room => room.Archive(), RoomActions.Archive, reason, moderatorId, cancellationToken);

    public Task<bool> ReopenAsync(string slug, string reason, int moderatorId, CancellationToken cancellationToken) =>
        ActAsync(slug, room => room.Reopen(), RoomActions.Reopen, reason, moderatorId, cancellationToken);

    private async Task<bool> ActAsync(string slug, Action<Room> act, string action, string reasonText, int moderatorId, CancellationToken cancellationToken)
    {
        var reason = ModerationReason.From(reasonText);
        var room = await db.Rooms.SingleOrDefaultAsync(r => r.Slug == slug, cancellationToken);
        if (room is null) return false;
        act(room);
        await db.SaveWithLogAsync(ModerationLogEntry.Record(moderatorId, action, ModerationTarget.Room(room.Id), reason, clock.GetUtcNow()), cancellationToken);
        return true;
    }
}
