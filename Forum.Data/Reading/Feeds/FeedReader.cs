using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Forum.Data.Reading.Feeds;

/// <summary>A thread as an Atom entry shows it. The body is there only for a story with no content warning.</summary>
public sealed record FeedEntry(
    long Id, string Slug, string Title, string RoomName, string? AuthorName, DateTimeOffset CreatedAt,
    string[] WarningCodes, string? WarningLabel, string? BodyHtml);

/// <param name="Room">Null for the whole forum's feed.</param>
public sealed record Feed(RoomSummary? Room, IReadOnlyList<FeedEntry> Entries);

/// <summary>The latest stories for the Atom feeds: public ones only, from rooms that allow a feed.</summary>
public sealed class FeedReader(ForumDbContext db)
{
    public const int EntriesPerFeed = 30;

    /// <summary>A room whose people would rather not be followed from outside has no feed, and its stories stay out of the forum's.</summary>
    public static readonly Expression<Func<Room, bool>> HasFeed = r => !r.IsArchived && r.FeedEnabled;

    public Task<Feed> ForumAsync(CancellationToken cancellationToken) => ReadAsync(null, cancellationToken);

    /// <returns>Null when there is no such room, or it has switched its feed off.</returns>
    public async Task<Feed?> RoomAsync(string slug, CancellationToken cancellationToken)
    {
        var room = await db.Rooms.Where(HasFeed).Where(r => r.Slug == slug)
            .Select(r => new RoomSummary(r.Id, r.Slug, r.Name, r.Description, r.RequiresContentWarnings, true))
            .SingleOrDefaultAsync(cancellationToken);
        return room is null ? null : await ReadAsync(room, cancellationToken);
    }

    private async Task<Feed> ReadAsync(RoomSummary? room, CancellationToken cancellationToken)
    {
        var rooms = db.Rooms.Where(HasFeed);
        if (room is not null) rooms = rooms.Where(r => r.Id == room.Id);
        var entries = await db.Stories.Listed()
            .Where(t => rooms.Any(r => r.Id == t.RoomId))
            // Ids rise with creation time, so the primary key serves "newest first" without an index of its own.
            .OrderByDescending(t => t.Id)
            .Take(EntriesPerFeed)
            .Select(t => new FeedEntry(
                t.Id, t.Slug, t.Title, t.Room!.Name, t.Author == null ? null : t.Author.Name, t.CreatedAt,
                t.ContentWarnings, t.ContentWarningLabel,
                // Behind a warning, the story's words never leave the site: a feed reader can't fold them.
                t.ContentWarnings.Length == 0 ? t.BodyHtml : null))
            .ToListAsync(cancellationToken);
        return new Feed(room, entries);
    }
}
