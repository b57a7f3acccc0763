using System.Linq.Expressions;
using Forum.Domain.Safety.Risk;
using Microsoft.EntityFrameworkCore;

namespace Forum.Data.Reading;

/// <summary>Lists of threads, newest activity first, read one keyset page at a time (no OFFSET: page 500 costs what page 1 costs).</summary>
public static class StoryListQueries
{
    /// <summary>Stories with no content warning: the only ones shown where a reader can't fold them first (the Atom feeds).</summary>
    public static IQueryable<Story> WithoutContentWarnings(this IQueryable<Story> threads) =>
        threads.Where(t => t.ContentWarnings.Length == 0);

    /// <summary>
    /// Stories anyone can answer that nobody has yet, oldest first: whoever waited longest is answered first.
    /// Pinned notices are the forum's own, and a closed story can't be answered, so neither waits.
    /// </summary>
    /// <remarks>Stories that may need someone soon are not among them: <see cref="MayNeedSomeoneSoon"/> lists those first.</remarks>
    public static IQueryable<Story> WaitingForAReply(this IQueryable<Story> threads, ActivityCursor? after)
    {
        var waiting = threads.Answerable().Where(t => t.RiskBand == RiskBand.None);
        // With no reply counted, a story's last activity is when it was posted: oldest first, through the cursor.
        if (after is { } c) waiting = waiting.Where(t => t.LastActivityAt > c.LastActivityAt || (t.LastActivityAt == c.LastActivityAt && t.Id > c.Id));
        return waiting.OrderBy(t => t.LastActivityAt).ThenBy(t => t.Id);
    }

    /// <summary>
    /// Unanswered stories whose words the risk detector read as "may be at risk", oldest first: shown before the rest
    /// on /waiting, so that a first reply reaches them soonest. A moderator having looked does not take them off: they
    /// still need someone to answer.
    /// </summary>
    public static IQueryable<Story> MayNeedSomeoneSoon(this IQueryable<Story> threads) =>
        threads.Answerable().Where(t => t.RiskBand != RiskBand.None).OrderBy(t => t.CreatedAt).ThenBy(t => t.Id);

    /// <summary>Listed, unanswered, and open to an answer: pinned notices are the forum's own, and a closed story can't be answered.</summary>
    private static IQueryable<Story> Answerable(this IQueryable<Story> threads) =>
        threads.Listed().Where(t => t.ReplyCount == 0 && !t.IsLocked && !t.IsPinned);

    public static IQueryable<Story> NewestActivityFirst(this IQueryable<Story> threads) =>
        threads.OrderByDescending(t => t.LastActivityAt).ThenByDescending(t => t.Id);

    /// <summary>
    /// Strictly after the cursor in <see cref="NewestActivityFirst"/> order, as a row-value comparison:
    /// (last_activity_at, id) &lt; (…, …). PostgreSQL seeks an index on those columns with it; the equivalent
    /// "a &lt; x OR (a = x AND id &lt; y)" it can only filter, reading every row before the page and throwing them away.
    /// </summary>
    public static IQueryable<Story> After(this IQueryable<Story> threads, ActivityCursor? cursor) =>
        cursor is not { } c
            ? threads
            : threads.Where(t => EF.Functions.LessThan(ValueTuple.Create(t.LastActivityAt, t.Id), ValueTuple.Create(c.LastActivityAt, c.Id)));

    /// <summary>An expression rather than a method, so that EF can also use it inside a subquery.</summary>
    public static readonly Expression<Func<Story, StorySummary>> ToSummary = PostVisibility.Inline<Func<Story, StorySummary>>(t => new StorySummary(
        t.Id, t.Slug, t.ShownTitle(), t.Room!.Slug, t.Room.Name, t.ShownAuthorName(),
        t.CreatedAt, t.LastActivityAt, t.ReplyCount, t.IsPinned, t.IsLocked, t.ContentWarnings, t.ContentWarningLabel));

    public static IQueryable<StorySummary> Summaries(this IQueryable<Story> threads) => threads.Select(ToSummary);

    /// <summary>Reads one more row than the page holds, to know whether a next page exists without counting.</summary>
    public static async Task<Page<StorySummary>> PageAsync(this IQueryable<Story> threads, int size, CancellationToken cancellationToken)
    {
        var rows = await threads.Take(size + 1).Summaries().ToListAsync(cancellationToken);
        return ToPage(rows, size);
    }

    /// <summary>A page from up to <paramref name="size"/> + 1 rows: the extra one only says that a next page exists.</summary>
    public static Page<StorySummary> ToPage(List<StorySummary> rows, int size)
    {
        var next = rows.Count > size ? new ActivityCursor(rows[size - 1].LastActivityAt, rows[size - 1].Id).ToString() : null;
        return new Page<StorySummary>(rows.Take(size).ToList(), next);
    }
}
