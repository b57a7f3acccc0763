using Microsoft.EntityFrameworkCore;

namespace Forum.Data.Reading.Search;

/// <summary>
/// Full-text search over stories and replies that the public may see, grouped by thread. PostgreSQL's
/// websearch_to_tsquery reads what people type: "exact phrases", -excluded words, and "or"; each post's words were
/// read with its writer's language's rules, and the query is read with each language's (migrations/0036).
/// </summary>
public sealed class SearchReader(ForumDbContext db)
{
    public const int ResultsPerPage = 20;

    /// <summary>
    /// One statement ranks the matches, then the page's summaries, then headlines for the posts shown. Whether the
    /// words were searchable at all is asked only when nothing matched, the one case where the answer changes what
    /// the page says.
    /// </summary>
    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        var text = request.Text.Trim();
        if (text.Length == 0) return SearchResults.Nothing(SearchOutcome.NoQuery);

        var words = await WordsAsync(text, request.ReaderLanguage ?? Post.DefaultLanguage, cancellationToken);
        if (words.Query.Length == 0) return SearchResults.Nothing(SearchOutcome.NoSearchableWords);
        var ranked = await RankedStoriesAsync(words, string.IsNullOrEmpty(request.RoomSlug) ? null : request.RoomSlug, request, cancellationToken);
        // The first row counts the whole window; the groups up to this page follow it.
        var window = ranked.FirstOrDefault(r => r.Totals);
        var onPage = ranked.Where(r => !r.Totals).Skip((request.Page - 1) * ResultsPerPage).ToList();
        var hasNextPage = onPage.Count > ResultsPerPage;
        onPage = onPage.Take(ResultsPerPage).ToList();
        if (onPage.Count == 0) return SearchResults.Nothing(SearchOutcome.Searched);

        var ids = onPage.Select(r => r.StoryId).ToList();
        var summaries = await db.Stories.Where(t => ids.Contains(t.Id)).Summaries().ToDictionaryAsync(t => t.Id, cancellationToken);
        var snippets = await HeadlinesAsync(words.Query, onPage, cancellationToken);

        var results = onPage
            .Where(r => summaries.ContainsKey(r.StoryId))
            .Select(r => snippets.GetValueOrDefault((r.StoryId, r.BestPost)) is { } headline
                ? new SearchResult(summaries[r.StoryId], r.Count, r.BestPost > 0 ? r.BestPost : null, Snippet.Parse(headline.Headline),
                    ContentWarningSet.FromCodes(headline.ContentWarnings, headline.ContentWarningLabel))
                : new SearchResult(summaries[r.StoryId], r.Count, r.BestPost > 0 ? r.BestPost : null, [], ContentWarningSet.None))
            .ToList();
        return new SearchResults(SearchOutcome.Searched, results, hasNextPage, window is null ? null : OlderWindow(window, request.MatchesRanked));
    }

    /// <summary>
    /// What was typed as one query over every language's posts, widened by the recovery words' synonyms
    /// (search_query, migrations/0036), and how many stories and replies PostgreSQL's statistics expect it to match.
    /// The query comes back as text and goes into the ranking as a constant, so the ranking is planned for its words.
    /// Empty when nothing in it can be searched for ("the", "!!!").
    /// </summary>
    private async Task<SearchWords> WordsAsync(string text, string readerLanguage, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<SearchWords>($"""
            SELECT q::text AS "Query",
                   CASE WHEN numnode(q) > 0 THEN search_matches_estimate('threads'::regclass, q) ELSE 0 END AS "Stories",
                   CASE WHEN numnode(q) > 0 THEN search_matches_estimate('replies'::regclass, q) ELSE 0 END AS "Replies"
            FROM search_query({text}, {readerLanguage}) q
            """).SingleAsync(cancellationToken);

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
    /// and as many replies, older than <see cref="SearchRequest.Before"/> when given. A kind the word is rare in
    /// gives all its matches from the GIN index, and the newest are kept; one it is common in (expected to match more
    /// than <see cref="CommonMatches"/> windows' worth) is walked bucket by bucket from the newest, each bucket's
    /// matches from the same index, until the window is full (migrations/0037): a plan that never reads a post
    /// without the word, so a common word costs the same however many such posts were written since. Walking the
    /// primary key backwards, as PostgreSQL chose before, read every newer post first. Raw SQL, because EXPLAIN
    /// showed these costs in the shape EF writes:
    /// <list type="bullet">
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
    private async Task<List<RankedStory>> RankedStoriesAsync(SearchWords words, string? roomSlug, SearchRequest request, CancellationToken cancellationToken)
    {
        // Pooled connections keep one generic plan per prepared statement (DatabasePool.PlanCacheMode), and a plan
        // that cannot see the words picked the wrong index for "feel" (4.8 s instead of ~0.1 s). So the ranking is
        // planned for its words each time, and only it: the statements after it are the same whatever the words,
        // and re-planning the summaries and headlines cost 0.7 ms a search. Local to the caller's transaction.
        var common = CommonMatches * request.MatchesRanked;
        var sql = Ranking(roomSlug is not null, words.Stories > common, words.Replies > common);
        await db.Database.ExecuteSqlRawAsync("SET LOCAL plan_cache_mode = force_custom_plan", cancellationToken);
        var ranked = await db.Database.SqlQueryRaw<RankedStory>(sql, words.Query, roomSlug ?? "",
                request.MatchesRanked, request.Page * ResultsPerPage + 1,
                request.Before?.StoriesBefore ?? long.MaxValue, request.Before?.RepliesBefore ?? long.MaxValue)
            .ToListAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("SET LOCAL plan_cache_mode TO DEFAULT", cancellationToken);
        return ranked;
    }

    /// <summary>
    /// Past this many windows' worth of expected matches a kind is walked by buckets. Below it, taking every match
    /// from the index costs less than the buckets a sparse word would need (one index scan each); above it the
    /// window fills within a few buckets.
    /// </summary>
    public const int CommonMatches = 3;

    /// <summary>The same size as migrations/0037's buckets: ids in groups of 2,048.</summary>
    private const int BucketBits = 11;

    /// <summary>Narrowed to a room, the matches are joined to the room's stories, as EF's query did before.</summary>
    private const string StoriesInRoom = "JOIN rooms ro ON ro.id = t.room_id AND ro.slug = {1}";
    private const string RepliesInRoom = "JOIN threads rt ON rt.id = r.thread_id AND rt.is_public AND rt.deleted_at IS NULL JOIN rooms ro ON ro.id = rt.room_id AND ro.slug = {1}";

    private static readonly Dictionary<(bool InRoom, bool WalkStories, bool WalkReplies), string> Statements =
        (from inRoom in new[] { false, true } from stories in new[] { false, true } from replies in new[] { false, true }
         select (inRoom, stories, replies)).ToDictionary(k => k, k => Build(k.inRoom, k.stories, k.replies));

    private static string Ranking(bool inRoom, bool walkStories, bool walkReplies) => Statements[(inRoom, walkStories, walkReplies)];

    /// <summary>
    /// One kind's window: the newest {2} matches older than the bound, with their ranks. A walk's buckets hand over
    /// their matches newest first until the window is full. Each bucket ranks its own matches: carrying the vectors
    /// through the bucket's sort to rank only the window's cost more than the last bucket's extra ranks.
    /// </summary>
    private static string Matches(string table, string alias, string threadId, string replyId, string inRoom, string bound, bool walk) => walk
        ? $$"""
            (SELECT p.thread_id, p.reply_id, p.rank
             FROM generate_series((SELECT least(max(id), {{bound}} - 1) FROM {{table}}) >> {{BucketBits}}, 0, -1) b(bucket),
                  LATERAL (SELECT {{threadId}} AS thread_id, {{replyId}} AS reply_id, ts_rank({{alias}}.search_vector, {0}::tsquery) AS rank
                           FROM {{table}} {{alias}} {{inRoom}}
                           WHERE ({{alias}}.id >> {{BucketBits}}) = b.bucket AND {{alias}}.search_vector @@ {0}::tsquery
                             AND {{alias}}.is_public AND {{alias}}.deleted_at IS NULL AND {{alias}}.id < {{bound}}
                           ORDER BY {{alias}}.id DESC) p
             LIMIT {2})
            """
        : $$"""
            (SELECT {{threadId}} AS thread_id, {{replyId}} AS reply_id, ts_rank({{alias}}.search_vector, {0}::tsquery) AS rank
             FROM {{table}} {{alias}} {{inRoom}}
             WHERE {{alias}}.is_public AND {{alias}}.deleted_at IS NULL AND {{alias}}.id < {{bound}}
               AND {{alias}}.search_vector @@ {0}::tsquery
             ORDER BY {{alias}}.id DESC LIMIT {2})
            """;

    /// <summary>{0} the query, {1} the room, {2} matches ranked per kind, {3} how many groups, {4} and {5} the window's bounds.</summary>
    private static string Build(bool inRoom, bool walkStories, bool walkReplies) => $$"""
            WITH m AS MATERIALIZED (
                {{Matches("threads", "t", "t.id", "0::bigint", inRoom ? StoriesInRoom : "", "{4}", walkStories)}}
                UNION ALL
                {{Matches("replies", "r", "r.thread_id", "r.id", inRoom ? RepliesInRoom : "", "{5}", walkReplies)}}
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

    /// <summary>
    /// Headlines for the chosen posts only: ts_headline re-reads the text, so it runs on one page's posts, never on
    /// every match. Each comes with its post's warnings, which the page folds it behind as the story page does.
    /// </summary>
    private async Task<Dictionary<(long StoryId, long ReplyId), HeadlineRow>> HeadlinesAsync(string query, List<RankedStory> shown, CancellationToken cancellationToken)
    {
        var storyIds = shown.Where(p => p.BestPost == 0).Select(p => p.StoryId).ToArray();
        var replyIds = shown.Where(p => p.BestPost != 0).Select(p => p.BestPost).ToArray();
        var rows = await db.Database.SqlQuery<HeadlineRow>($"""
            SELECT p.thread_id AS "StoryId", p.reply_id AS "ReplyId",
                   ts_headline(search_config(p.language), translate(left(p.body, {MaxHeadlineSource}), {MarkChars}, ''),
                               {query}::tsquery, {Snippet.HeadlineOptions}) AS "Headline",
                   p.content_warnings AS "ContentWarnings", p.content_warning_label AS "ContentWarningLabel"
            FROM (SELECT id AS thread_id, 0::bigint AS reply_id, body_source AS body, language, content_warnings, content_warning_label FROM threads WHERE id = ANY({storyIds})
                  UNION ALL
                  SELECT thread_id, id, body_source, language, content_warnings, content_warning_label FROM replies WHERE id = ANY({replyIds})) p
            """).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => (r.StoryId, r.ReplyId));
    }

    private const int MaxHeadlineSource = 20_000;
    private static readonly string MarkChars = $"{Snippet.StartMark}{Snippet.StopMark}";

    private sealed record RankedStory(bool Totals, long StoryId, float Best, int Count, long BestPost, int Stories, long? OldestStory, int Replies, long? OldestReply);

    private sealed record SearchWords(string Query, double Stories, double Replies);

    private sealed record HeadlineRow(long StoryId, long ReplyId, string Headline, string[] ContentWarnings, string? ContentWarningLabel);
}
