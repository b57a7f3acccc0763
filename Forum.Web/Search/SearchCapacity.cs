using System.Threading.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Forum.Data.Replication;
using Npgsql;

namespace Forum.Web.Search;

/// <summary>
/// Search is the one page whose cost grows with the forum, so it is kept from crowding out everything else: at
/// most Search:MaxConcurrent searches run at once per node (Search:QueueLimit more may wait), each under a
/// PostgreSQL statement_timeout of Search:TimeoutSeconds. A search that finds no room, or runs out of time, gets
/// a kind 503 that says search is busy and to try again in a few seconds; reading and posting are untouched.
/// This is capacity, not abuse prevention, so it holds whether or not RateLimits:Enabled is on.
/// </summary>
public sealed class SearchCapacity(ReadContext reads, SearchSettings settings)
{
    // The search's own connection: the standby's when reads go there, so the timeout is set where the search runs.
    private ForumDbContext Db => reads.Db;

    public const string Policy = "SearchCapacity";

    /// <summary>HttpContext.Items key that tells the 503 page it is search that is busy, not the database that is away.</summary>
    public const string BusyKey = "forum-search-busy";

    public const int RetryAfterSeconds = 5;

    /// <summary>Runs one search under the statement timeout; null when it ran out of time.</summary>
    public async Task<T?> WithinTimeoutAsync<T>(Func<CancellationToken, Task<T>> search, CancellationToken cancellationToken) where T : class
    {
        var timeout = settings.Timeout;
        await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
        // Local to the transaction (SET LOCAL), so the pooled connection goes back without it.
        var milliseconds = ((int)timeout.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await Db.Database.ExecuteSqlAsync($"SELECT set_config('statement_timeout', {milliseconds}, true)", cancellationToken);
        try
        {
            var result = await search(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        catch (Exception e) when (IsStatementTimeout(e) && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>The kind 503, for a search that ran out of time.</summary>
    public static int Busy(HttpContext context)
    {
        context.Items[BusyKey] = true;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return StatusCodes.Status503ServiceUnavailable;
    }

    private static bool IsStatementTimeout(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is PostgresException { SqlState: PostgresErrorCodes.QueryCanceled }) return true;
        return false;
    }
}

public static class SearchCapacityServices
{
    public static void AddSearchCapacity(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = SearchSettings.From(configuration);
        services.AddSingleton(settings);
        services.AddScoped<SearchCapacity>();
        services.Configure<RateLimiterOptions>(limiter =>
        {
            limiter.AddPolicy(SearchCapacity.Policy, _ => RateLimitPartition.GetConcurrencyLimiter("search", _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = settings.MaxConcurrent,
                QueueLimit = settings.QueueLimit,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            }));
            // The limiter has one rejection handler; the other limits keep theirs (429, "take a short pause").
            var others = limiter.OnRejected;
            limiter.OnRejected = (rejected, cancellationToken) =>
            {
                if (rejected.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName != SearchCapacity.Policy)
                    return others?.Invoke(rejected, cancellationToken) ?? ValueTask.CompletedTask;
                rejected.HttpContext.Response.StatusCode = SearchCapacity.Busy(rejected.HttpContext);
                return ValueTask.CompletedTask;
            };
        });
    }
}
