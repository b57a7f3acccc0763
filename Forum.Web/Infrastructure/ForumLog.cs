namespace Forum.Web.Infrastructure;

/// <summary>
/// Every message the site logs, source-generated with an event id (1000-1999), so each can be found and filtered by
/// number. Parameters are counts, versions and times only: never post text, a name, an address, a user agent or a
/// referrer (ArchitectureTests forbids ad-hoc Log* calls, so a new message must be added here, where that is seen).
/// </summary>
internal static partial class ForumLog
{
    [LoggerMessage(1001, LogLevel.Warning, "Redis does not answer; this node counts budgets and keeps pages in its own memory until it does")]
    public static partial void RedisAway(this ILogger logger, Exception? exception);

    [LoggerMessage(1002, LogLevel.Information, "Redis answers again; budgets and kept pages are shared once more")]
    public static partial void RedisBack(this ILogger logger);

    [LoggerMessage(1003, LogLevel.Debug, "A Redis call failed; this request counted or kept on this node only")]
    public static partial void RedisCallFailed(this ILogger logger, Exception exception);

    [LoggerMessage(1101, LogLevel.Information, "Retention purge deleted {Stories} stories, {Replies} replies, {Reports} reports and {ReadNotices} read notices")]
    public static partial void RetentionPurged(this ILogger logger, int stories, int replies, int reports, int readNotices);

    [LoggerMessage(1102, LogLevel.Warning, "Retention purge failed; it will run again later")]
    public static partial void RetentionFailed(this ILogger logger, Exception exception);

    [LoggerMessage(1103, LogLevel.Warning, "Not hearing moderator account changes from the database; sessions elsewhere end within the cache's 30 s. Trying again in {Seconds} s")]
    public static partial void ModeratorChangesUnheard(this ILogger logger, Exception exception, double seconds);

    [LoggerMessage(1201, LogLevel.Debug, "Reading from the primary: the standby could not say how far it has replayed")]
    public static partial void StandbyPositionUnknown(this ILogger logger);

    [LoggerMessage(1202, LogLevel.Debug, "No WAL position for read-your-writes: the primary did not answer")]
    public static partial void PrimaryPositionUnknown(this ILogger logger);

    [LoggerMessage(1301, LogLevel.Information, "This C library cannot return freed memory (no malloc_trim); memory trimming is off")]
    public static partial void MemoryTrimUnavailable(this ILogger logger);

    [LoggerMessage(1401, LogLevel.Warning, "Could not evict the kept pages once the standby had replayed a write")]
    public static partial void ReplayedEvictionFailed(this ILogger logger, Exception exception);

    [LoggerMessage(1402, LogLevel.Warning, "Could not empty the page cache after a write; kept pages expire within {Seconds} s")]
    public static partial void EvictionFailed(this ILogger logger, Exception exception, double seconds);

    [LoggerMessage(1501, LogLevel.Warning, "The database can't be reached ({Kind}); requests are answered 503, and {More} more met it since the last line")]
    public static partial void DatabaseAway(this ILogger logger, string kind, int more);

    // Push (Push/PushSender.cs): never the endpoint, which names a device, nor an exception's message, which could carry it.
    [LoggerMessage(3101, LogLevel.Warning, "Devices could not be told of a reply ({Error})")]
    public static partial void PushFailed(this ILogger logger, string error);

    [LoggerMessage(3102, LogLevel.Warning, "A push service refused a message with {Status}")]
    public static partial void PushRefused(this ILogger logger, int status);

    [LoggerMessage(3103, LogLevel.Warning, "A push service could not be reached ({Error})")]
    public static partial void PushUnreachable(this ILogger logger, HttpRequestError error);
}
