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

        var ranked = await RankedThreadsAsync(text, string.IsNullOrEmpty(request.RoomSlug) ? null : request.RoomSlug,
            (request.Page - 1) * ResultsPerPage, ResultsPerPage + 1, cancellationToken);
        var onPage = ranked.Take(ResultsPerPage).ToList();
        if (onPage.Count == 0)
            return SearchResults.Nothing(await HasSearchableWordsAsync(text, cancellationToken) ? SearchOutcome.Searched : SearchOutcome.NoSearchableWords);

        var ids = onPage.Select(r => r.ThreadId).ToList();
        var summaries = await db.Threads.Where(t => ids.Contains(t.Id)).Summaries().ToDictionaryAsync(t => t.Id, cancellationToken);
        var snippets = await HeadlinesAsync(text, onPage, cancellationToken);

        var results = onPage
            .Where(r => summaries.ContainsKey(r.ThreadId))
            .Select(r => new SearchResult(summaries[r.ThreadId], r.Count, r.BestPost > 0 ? r.BestPost : null,
                Snippet.Parse(snippets.GetValueOrDefault((r.ThreadId, r.BestPost)) ?? "")))
            .ToList();
        return new SearchResults(SearchOutcome.Searched, results, ranked.Count > ResultsPerPage);
    }

    /// <summary>
    /// How many of the newest matching stories, and of the newest matching replies, are ranked. A rare word has fewer
    /// matches than this and all of them are ranked; a word in every third post ("feel") would otherwise make
    /// PostgreSQL rank hundreds of thousands of posts per search. Newest first is also what a reader looking for
    /// company today most likely wants. PostgreSQL walks the primary key backwards until it has enough matches.
    /// </summary>
    public const int MatchesRanked = 5_000;

    /// <summary>
    /// Listed posts that match (the newest <see cref="MatchesRanked"/> of each kind), grouped by thread: each group
    /// keeps its best rank, its count and its best post (0 for the story itself). Raw SQL, because EXPLAIN showed
    /// three costs in the shape EF writes:
    /// <list type="bullet">
    /// <item>websearch_to_tsquery is only STABLE, so inside ts_rank it was parsed again for every match; the
    /// ranks read it once from FROM. The WHERE keeps the call itself, so the planner still sees the words and picks
    /// the GIN index for a rare word and the primary key for a common one.</item>
    /// <item>Whether a thread may be listed was asked of every group (1,472 for a rare word) before sorting. Here
    /// the groups are sorted first, behind OFFSET 0 so PostgreSQL cannot push the check under the sort, and the
    /// check runs in rank order only until one page is full.</item>
    /// </list>
    /// </summary>
    private async Task<List<RankedThread>> RankedThreadsAsync(string text, string? roomSlug, int skip, int take, CancellationToken cancellationToken) =>
        await db.Database.SqlQueryRaw<RankedThread>(roomSlug is null ? RankingSql : RankingInRoomSql, text, roomSlug ?? "", MatchesRanked, take, skip)
            .ToListAsync(cancellationToken);

    private static readonly string RankingSql = Ranking("", "");

    /// <summary>Narrowed to a room, the matches are joined to the room's stories, as EF's query did before.</summary>
    private static readonly string RankingInRoomSql = Ranking(
        "JOIN rooms ro ON ro.id = t.room_id AND ro.slug = {1}",
        "JOIN threads rt ON rt.id = r.thread_id AND rt.is_public AND rt.deleted_at IS NULL JOIN rooms ro ON ro.id = rt.room_id AND ro.slug = {1}");

    /// <summary>{0} the words, {1} the room, {2} <see cref="MatchesRanked"/>, {3} how many groups, {4} how many to skip.</summary>
    private static string Ranking(string storiesInRoom, string repliesInRoom) => $$"""
            SELECT g.thread_id AS "ThreadId", g.best AS "Best", g.posts AS "Count", g.best_post AS "BestPost"
            FROM (
                SELECT m.thread_id, max(m.rank) AS best, count(*)::int AS posts,
                       (array_agg(m.reply_id ORDER BY m.rank DESC, m.reply_id))[1] AS best_post
                FROM (
                    (SELECT t.id AS thread_id, 0::bigint AS reply_id, ts_rank(t.search_vector, q) AS rank
                     FROM threads t {{storiesInRoom}}, websearch_to_tsquery('english'::regconfig, {0}) q
                     WHERE t.is_public AND t.deleted_at IS NULL
                       AND t.search_vector @@ websearch_to_tsquery('english'::regconfig, {0})
                     ORDER BY t.id DESC LIMIT {2})
                    UNION ALL
                    (SELECT r.thread_id, r.id, ts_rank(r.search_vector, q)
                     FROM replies r {{repliesInRoom}}, websearch_to_tsquery('english'::regconfig, {0}) q
                     WHERE r.is_public AND r.deleted_at IS NULL
                       AND r.search_vector @@ websearch_to_tsquery('english'::regconfig, {0})
                     ORDER BY r.id DESC LIMIT {2})
                ) m
                GROUP BY m.thread_id
                ORDER BY best DESC, posts DESC, m.thread_id DESC
                OFFSET 0
            ) g
            WHERE EXISTS (SELECT 1 FROM threads t WHERE t.id = g.thread_id AND t.is_public AND t.deleted_at IS NULL)
            ORDER BY g.best DESC, g.posts DESC, g.thread_id DESC
            LIMIT {3} OFFSET {4}
            """;

    /// <summary>"the" or "!!!" parse to an empty query, which would match nothing and make PostgreSQL complain.</summary>
    private async Task<bool> HasSearchableWordsAsync(string text, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<int>($"SELECT numnode(websearch_to_tsquery('english'::regconfig, {text})) AS \"Value\"")
            .SingleAsync(cancellationToken) > 0;

    /// <summary>Headlines for the chosen posts only: ts_headline re-reads the text, so it runs on one page's posts, never on every match.</summary>
    private async Task<Dictionary<(long ThreadId, long ReplyId), string>> HeadlinesAsync(string text, List<RankedThread> shown, CancellationToken cancellationToken)
    {
        var storyIds = shown.Where(p => p.BestPost == 0).Select(p => p.ThreadId).ToArray();
        var replyIds = shown.Where(p => p.BestPost != 0).Select(p => p.BestPost).ToArray();
        var rows = await db.Database.SqlQuery<HeadlineRow>($"""
            SELECT p.thread_id AS "ThreadId", p.reply_id AS "ReplyId",
                   ts_headline('english'::regconfig, translate(left(p.body, {MaxHeadlineSource}), {MarkChars}, ''),
                               websearch_to_tsquery('english'::regconfig, {text}), {Snippet.HeadlineOptions}) AS "Headline"
            FROM (SELECT id AS thread_id, 0::bigint AS reply_id, body_source AS body FROM threads WHERE id = ANY({storyIds})
                  UNION ALL
                  SELECT thread_id, id, body_source FROM replies WHERE id = ANY({replyIds})) p
            """).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => (r.ThreadId, r.ReplyId), r => r.Headline);
    }

    private const int MaxHeadlineSource = 20_000;
    private static readonly string MarkChars = $"{Snippet.StartMark}{Snippet.StopMark}";

    private sealed record RankedThread(long ThreadId, float Best, int Count, long BestPost);

    private sealed record HeadlineRow(long ThreadId, long ReplyId, string Headline);
}
