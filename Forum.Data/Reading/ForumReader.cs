using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Forum.Data.Reading;

/// <summary>The read side of the pages: projections straight into what a page shows, never tracked entities.</summary>
public sealed class ForumReader(ForumDbContext db)
{
    public const int StoriesPerPage = 25;
    public const int RepliesPerPage = 50;
    internal const int LatestOnHome = 10;

    /// <summary>Two queries: the open rooms with each one's latest stories, and the latest stories everywhere.</summary>
    public async Task<HomePage> HomeAsync(CancellationToken cancellationToken)
    {
        var rooms = await ListPageQueries.RoomsWithLatest.For(db)(db).ToListAsync(cancellationToken);
        var latest = await ListPageQueries.Latest.For(db)(db).ToListAsync(cancellationToken);
        return new HomePage(rooms, latest);
    }

    public Task<List<RoomSummary>> RoomsAsync(CancellationToken cancellationToken) => OpenRooms().ToListAsync(cancellationToken);

    /// <summary>
    /// One statement: the room with its pinned stories (first page only) and one keyset page of the others. Each list
    /// reads a partial index of its own (migration 0012), so a page deep in a large room costs what the first does.
    /// </summary>
    public async Task<RoomPage?> RoomAsync(string slug, ActivityCursor? after, CancellationToken cancellationToken) =>
        (await RoomWithKeptAsync(slug, after, [], cancellationToken)).Page;

    /// <summary>
    /// <see cref="RoomAsync"/> and, in the same statement, the pseudonyms <paramref name="kept"/> names with their unread
    /// counts and notices, as <see cref="MeReader.WithUnreadCountsAsync"/> reads them for the header. Both are null when
    /// there is no such open room (the statement is rooted in its row).
    /// </summary>
    public async Task<(RoomPage? Page, List<PseudonymWithUnread>? Kept)> RoomWithKeptAsync(
        string slug, ActivityCursor? after, Guid[] kept, CancellationToken cancellationToken)
    {
        var from = after ?? ActivityCursor.BeforeAll;
        var found = await ListPageQueries.Room.For(db)(db, slug, after is null, from.LastActivityAt, from.Id, kept, cancellationToken);
        if (found is null) return (null, null);
        return (new RoomPage(found.Room, found.Pinned, StoryListQueries.ToPage(found.Stories, StoriesPerPage), IsFirstPage: after is null), found.Kept);
    }

    /// <summary>
    /// A room newest story first: the same room and pinned stories, and one keyset page by id (stories take their ids
    /// in the order they are written), read from a partial index of its own (migration 0035) as the activity order reads 0012's.
    /// </summary>
    public async Task<RoomPage?> RoomByNewestAsync(string slug, long? afterId, CancellationToken cancellationToken) =>
        (await RoomByNewestWithKeptAsync(slug, afterId, [], cancellationToken)).Page;

    /// <summary><see cref="RoomByNewestAsync"/> and the pseudonyms <paramref name="kept"/> names, as <see cref="RoomWithKeptAsync"/>.</summary>
    public async Task<(RoomPage? Page, List<PseudonymWithUnread>? Kept)> RoomByNewestWithKeptAsync(
        string slug, long? afterId, Guid[] kept, CancellationToken cancellationToken)
    {
        var found = await ListPageQueries.RoomNewest.For(db)(db, slug, afterId is null, afterId ?? long.MaxValue, kept, cancellationToken);
        if (found is null) return (null, null);
        var rows = found.Stories;
        var next = rows.Count > StoriesPerPage ? rows[StoriesPerPage - 1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        var page = new RoomPage(found.Room, found.Pinned, new Page<StorySummary>(rows.Take(StoriesPerPage).ToList(), next), IsFirstPage: afterId is null, RoomSort.New);
        return (page, found.Kept);
    }

    /// <summary>
    /// Stories nobody has answered yet: on the first page, those that may need someone soon; then the rest, oldest
    /// first, a keyset page at a time.
    /// </summary>
    public async Task<WaitingPage> WaitingAsync(ActivityCursor? after, int size, CancellationToken cancellationToken)
    {
        IReadOnlyList<StorySummary> first = after is null
            ? await db.Stories.MayNeedSomeoneSoon().Select(StoryListQueries.ToSummary).Take(size).ToListAsync(cancellationToken)
            : [];
        return new WaitingPage(first, await db.Stories.WaitingForAReply(after).PageAsync(size, cancellationToken));
    }

    /// <summary>The Markdown source of a post anyone may read in this story, to quote in a reply; null otherwise.</summary>
    public Task<string?> QuotableSourceAsync(long storyId, PostKind kind, long postId, CancellationToken cancellationToken) =>
        kind == PostKind.Story
            ? db.Stories.Listed().Where(t => t.Id == postId && t.Id == storyId).Select(t => t.BodySource).SingleOrDefaultAsync(cancellationToken)
            : db.Replies.ListedWithStory().Where(r => r.Id == postId && r.StoryId == storyId).Select(r => r.BodySource).SingleOrDefaultAsync(cancellationToken);

    /// <summary>
    /// One statement: the story and one page of its replies. Whether the reader found each one familiar comes with
    /// its row, as does the count a writer chose to show beside their name.
    /// </summary>
    /// <param name="readerId">The reader's pseudonym, if they have one, to show which posts they found familiar.</param>
    public async Task<StoryPage?> StoryAsync(long id, long? afterReplyId, Guid? readerId, CancellationToken cancellationToken) =>
        (await StoryWithKeptAsync(id, afterReplyId, readerId, [], cancellationToken)).Page;

    /// <summary>
    /// <see cref="StoryAsync"/> and, in the same statement, the pseudonyms <paramref name="kept"/> names with their
    /// unread counts and notices, as <see cref="MeReader.WithUnreadCountsAsync"/> reads them for the header. Kept is
    /// null when the story is not there for this reader (the statement is rooted in the story's row).
    /// </summary>
    public async Task<(StoryPage? Page, List<PseudonymWithUnread>? Kept)> StoryWithKeptAsync(
        long id, long? afterReplyId, Guid? readerId, Guid[] kept, CancellationToken cancellationToken)
    {
        var found = await StoryPageQueries.Page.For(db)(db, id, afterReplyId ?? 0, readerId, kept, cancellationToken);
        if (found is null) return (null, null);

        var rows = found.Replies;
        var onPage = rows.Take(RepliesPerPage).ToList();
        var next = rows.Count > RepliesPerPage ? onPage[^1].View.Id.ToString() : null;
        var familiar = readerId is null
            ? ReaderReactions.None
            : new ReaderReactions(found.Story.Familiar, onPage.Where(r => r.Familiar).Select(r => r.View.Id).ToHashSet());
        var page = new StoryPage(found.Story.Detail, new Page<PostView>(onPage.Select(r => r.View).ToList(), next), IsFirstPage: afterReplyId is null, familiar);
        return (page, found.Kept);
    }

    /// <summary>
    /// The cursor of the page on which a reply is the last one, so that after posting the writer lands on a
    /// page that ends with what they just wrote. Null when it is on the first page.
    /// </summary>
    public async Task<long?> PageEndingWithAsync(long storyId, long replyId, CancellationToken cancellationToken)
    {
        var earlier = await db.Replies
            .Where(r => r.StoryId == storyId && r.Id < replyId)
            .OrderByDescending(r => r.Id)
            .Skip(RepliesPerPage - 1)
            .Select(r => (long?)r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return earlier;
    }

    private static readonly Expression<Func<Room, RoomSummary>> ToRoomSummary = r => new RoomSummary(r.Id, r.Slug, r.Name, r.Description, r.RequiresContentWarnings, r.FeedEnabled && !r.IsArchived);

    private IQueryable<RoomSummary> OpenRooms() => db.Rooms.Where(r => !r.IsArchived).OrderBy(r => r.Position).Select(ToRoomSummary);
}
