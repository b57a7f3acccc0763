using Microsoft.EntityFrameworkCore;

namespace Forum.Data.Reading.Search;

/// <summary>
/// Full-text search over stories and replies that the public may see, grouped by thread. PostgreSQL's
/// websearch_to_tsquery reads what people type: "exact phrases", -excluded words, and "or".
/// </summary>
public sealed class SearchReader(ForumDbContext db)
{
    public const int ResultsPerPage = 20;
    private const string Config = "english";

    /// <summary>
    /// One statement ranks the matches, then the page's summaries, then headlines for the posts shown. Whether the
    /// words were searchable at all is asked only when nothing matched, the one case where the answer changes what
    /// the page says.
    /// </summary>
    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        var text = request.Text.Trim();
        if (text.Length == 0) return SearchResults.Nothing(SearchOutcome.NoQuery);

        var ranked = await RankedStoriesAsync(text, string.IsNullOrEmpty(request.RoomSlug) ? null : request.RoomSlug, request, cancellationToken);
        // The first row counts the whole window; the groups up to this page follow it.
        var window = ranked.FirstOrDefault(r => r.Totals);
        var onPage = ranked.Where(r => !r.Totals).Skip((request.Page - 1) * ResultsPerPage).ToList();
        var hasNextPage = onPage.Count > ResultsPerPage;
        onPage = onPage.Take(ResultsPerPage).ToList();
        if (onPage.Count == 0)
            return SearchResults.Nothing(await HasSearchableWordsAsync(text, cancellationToken) ? SearchOutcome.Searched : SearchOutcome.NoSearchableWords);

        var ids = onPage.Select(r => r.StoryId).ToList();
        var summaries = await db.Stories.Where(t => ids.Contains(t.Id)).Summaries().ToDictionaryAsync(t => t.Id, cancellationToken);
        var snippets = await HeadlinesAsync(text, onPage, cancellationToken);

        var results = onPage
            .Where(r => summaries.ContainsKey(r.StoryId))
            .Select(r => snippets.GetValueOrDefault((r.StoryId, r.BestPost)) is { } headline
                ? new SearchResult(summaries[r.StoryId], r.Count, r.BestPost > 0 ? r.BestPost : null, Snippet.Parse(headline.Headline),
                    ContentWarningSet.FromCodes(headline.ContentWarnings, headline.ContentWarningLabel))
                : new SearchResult(summaries[r.StoryId], r.Count, r.BestPost > 0 ? r.BestPost : null, [], ContentWarningSet.None))
            .ToList();
        return new SearchResults(SearchOutcome.Searched, results, hasNextPage, window is null ? null : OlderWindow(window, request.MatchesRanked));
    }

    /// <summary>A kind that filled the window may have older matches, which start below its oldest one ranked.</summary>
    private static SearchWindow? OlderWindow(RankedStory totals, int matchesRanked)
    {
        var stories = totals.Stories >= matchesRanked ? totals.OldestStory ?? 0 : 0;
        var replies = totals.Replies >= matchesRanked ? totals.OldestReply ?? 0 : 0;
        return stories > 0 || replies > 0 ? new SearchWindow(stories, replies) : null;
    }

    /// <summary>
    /// The window's matching posts, grouped by thread: each group keeps its best rank, its count and its best post
    /// (0 for the story itself). A window is the newest <see cref="SearchRequest.MatchesRanked"/> matching stories
    /// and as many replies, older than <see cref="SearchRequest.Before"/> when given; PostgreSQL walks the primary
    /// key backwards until it has enough, or takes a rare word's few matches from the GIN index. Raw SQL, because
    /// EXPLAIN showed these costs in the shape EF writes:
    /// <list type="bullet">
    /// <item>websearch_to_tsquery is only STABLE, so inside ts_rank it was parsed again for every match; the
    /// ranks read it once from FROM. The WHERE keeps the call itself, so the planner still sees the words and picks
    /// the GIN index for a rare word and the primary key for a common one.</item>
    /// <item>Whether a thread may be listed was asked of every group (1,472 for a rare word) before sorting. Here
    /// the groups are sorted first, behind OFFSET 0 so PostgreSQL cannot push the check under the sort, and the
    /// check runs in rank order only until the pages up to this one are full.</item>
    /// <item>The best post per group came from an ordered array_agg, a sort per group; the greatest [rank, -id]
    /// is one comparison per post.</item>
    /// </list>
    /// The window's own counts come back as one more row, first, so the rows up to this page are fetched and the
    /// earlier pages' rows skipped here. They are counted once over the window's matches (a materialized CTE),
    /// not per group: as a GROUPING SETS' empty set, the four counts ran for every group too, 0.7 ms of a rare
    /// word's 5.
    /// </summary>
    private async Task<List<RankedStory>> RankedStoriesAsync(string text, string? roomSlug, SearchRequest request, CancellationToken cancellationToken)
    {
        // Pooled connections keep one generic plan per prepared statement (DatabasePool.PlanCacheMode), and a plan
        // that cannot see the words picked the GIN index for "feel" (4.8 s instead of ~0.1 s). So the ranking is
        // planned for its words each time, and only it: the statements after it are the same whatever the words,
        // and re-planning the summaries and headlines cost 0.7 ms a search. Local to the caller's transaction.
        await db.Database.ExecuteSqlRawAsync("SET LOCAL plan_cache_mode = force_custom_plan", cancellationToken);
        var ranked = await db.Database.SqlQueryRaw<RankedStory>(roomSlug is null ? RankingSql : RankingInRoomSql, text, roomSlug ?? "",
                request.MatchesRanked, request.Page * ResultsPerPage + 1,
                request.Before?.StoriesBefore ?? long.MaxValue, request.Before?.RepliesBefore ?? long.MaxValue)
            .ToListAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("SET LOCAL plan_cache_mode TO DEFAULT", cancellationToken);
        return ranked;
    }

    private static readonly string RankingSql = Ranking("", "");

    /// <summary>Narrowed to a room, the matches are joined to the room's stories, as EF's query did before.</summary>
    private static readonly string RankingInRoomSql = Ranking(
        "JOIN rooms ro ON ro.id = t.room_id AND ro.slug = {1}",
        "JOIN threads rt ON rt.id = r.thread_id AND rt.is_public AND rt.deleted_at IS NULL JOIN rooms ro ON ro.id = rt.room_id AND ro.slug = {1}");

    /// <summary>{0} the words, {1} the room, {2} matches ranked per kind, {3} how many groups, {4} and {5} the window's bounds.</summary>
    private static string Ranking(string storiesInRoom, string repliesInRoom) => $$"""
            WITH m AS MATERIALIZED (
                (SELECT t.id AS thread_id, 0::bigint AS reply_id, ts_rank(t.search_vector, q) AS rank
                 FROM threads t {{storiesInRoom}}, websearch_to_tsquery('english'::regconfig, {0}) q
                 WHERE t.is_public AND t.deleted_at IS NULL AND t.id < {4}
                   AND t.search_vector @@ websearch_to_tsquery('english'::regconfig, {0})
                 ORDER BY t.id DESC LIMIT {2})
                UNION ALL
                (SELECT r.thread_id, r.id, ts_rank(r.search_vector, q)
                 FROM replies r {{repliesInRoom}}, websearch_to_tsquery('english'::regconfig, {0}) q
                 WHERE r.is_public AND r.deleted_at IS NULL AND r.id < {5}
                   AND r.search_vector @@ websearch_to_tsquery('english'::regconfig, {0})
                 ORDER BY r.id DESC LIMIT {2})
            )
            SELECT * FROM (
                SELECT true AS "Totals", 0::bigint AS "StoryId", 0::real AS "Best", count(*)::int AS "Count", 0::bigint AS "BestPost",
                       (count(*) FILTER (WHERE m.reply_id = 0))::int AS "Stories", min(m.thread_id) FILTER (WHERE m.reply_id = 0) AS "OldestStory",
                       (count(*) FILTER (WHERE m.reply_id <> 0))::int AS "Replies", min(m.reply_id) FILTER (WHERE m.reply_id <> 0) AS "OldestReply"
                FROM m
                UNION ALL
                (SELECT false, g.thread_id, g.best, g.posts, g.best_post, 0, NULL, 0, NULL
                 FROM (
                     SELECT m.thread_id, max(m.rank) AS best, count(*)::int AS posts,
                            (-(max(ARRAY[m.rank::float8, -m.reply_id::float8]))[2])::bigint AS best_post
                     FROM m
                     GROUP BY m.thread_id
                     ORDER BY best DESC, posts DESC, m.thread_id DESC
                     OFFSET 0
                 ) g
                 WHERE EXISTS (SELECT 1 FROM threads t WHERE t.id = g.thread_id AND t.is_public AND t.deleted_at IS NULL)
                 ORDER BY g.best DESC, g.posts DESC, g.thread_id DESC
                 LIMIT {3})
            ) ranked
            ORDER BY "Totals" DESC, "Best" DESC, "Count" DESC, "StoryId" DESC
            """;

    /// <summary>"the" or "!!!" parse to an empty query, which would match nothing and make PostgreSQL complain.</summary>
    private async Task<bool> HasSearchableWordsAsync(string text, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<int>($"SELECT numnode(websearch_to_tsquery('english'::regconfig, {text})) AS \"Value\"")
            .SingleAsync(cancellationToken) > 0;

    /// <summary>
    /// Headlines for the chosen posts only: ts_headline re-reads the text, so it runs on one page's posts, never on
    /// every match. Each comes with its post's warnings, which the page folds it behind as the story page does.
    /// </summary>
    private async Task<Dictionary<(long StoryId, long ReplyId), HeadlineRow>> HeadlinesAsync(string text, List<RankedStory> shown, CancellationToken cancellationToken)
    {
        var storyIds = shown.Where(p => p.BestPost == 0).Select(p => p.StoryId).ToArray();
        var replyIds = shown.Where(p => p.BestPost != 0).Select(p => p.BestPost).ToArray();
        var rows = await db.Database.SqlQuery<HeadlineRow>($"""
            SELECT p.thread_id AS "StoryId", p.reply_id AS "ReplyId",
                   ts_headline('english'::regconfig, translate(left(p.body, {MaxHeadlineSource}), {MarkChars}, ''),
                               websearch_to_tsquery('english'::regconfig, {text}), {Snippet.HeadlineOptions}) AS "Headline",
                   p.content_warnings AS "ContentWarnings", p.content_warning_label AS "ContentWarningLabel"
            FROM (SELECT id AS thread_id, 0::bigint AS reply_id, body_source AS body, content_warnings, content_warning_label FROM threads WHERE id = ANY({storyIds})
                  UNION ALL
                  SELECT thread_id, id, body_source, content_warnings, content_warning_label FROM replies WHERE id = ANY({replyIds})) p
            """).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => (r.StoryId, r.ReplyId));
    }

    private const int MaxHeadlineSource = 20_000;
    private static readonly string MarkChars = $"{Snippet.StartMark}{Snippet.StopMark}";

    private sealed record RankedStory(bool Totals, long StoryId, float Best, int Count, long BestPost, int Stories, long? OldestStory, int Replies, long? OldestReply);

    private sealed record HeadlineRow(long StoryId, long ReplyId, string Headline, string[] ContentWarnings, string? ContentWarningLabel);
}
