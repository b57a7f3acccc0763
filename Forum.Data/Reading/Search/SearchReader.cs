using Forum.Data.Configurations;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

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
    /// One pass over the matches: grouped by thread, each group keeps its best rank, its count and its best post
    /// (array_agg ordered by rank), and only the groups are checked against the threads that may be listed. Then
    /// the page's summaries, and headlines for the posts shown. Whether the words were searchable at all is asked
    /// only when nothing matched, the one case where the answer changes what the page says.
    /// </summary>
    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        var text = request.Text.Trim();
        if (text.Length == 0) return SearchResults.Nothing(SearchOutcome.NoQuery);

        var listed = db.Threads.Listed();
        if (!string.IsNullOrEmpty(request.RoomSlug)) listed = listed.Where(t => t.Room!.Slug == request.RoomSlug);
        var ranked = await Hits(text, request.RoomSlug)
            .GroupBy(h => h.ThreadId)
            .Select(g => new
            {
                ThreadId = g.Key,
                Best = g.Max(h => h.Rank),
                Count = g.Count(),
                Posts = EF.Functions.ArrayAgg(g.OrderByDescending(h => h.Rank).ThenBy(h => h.ReplyId).Select(h => h.ReplyId)),
            })
            .Where(g => listed.Any(t => t.Id == g.ThreadId))
            .OrderByDescending(g => g.Best).ThenByDescending(g => g.Count).ThenByDescending(g => g.ThreadId)
            .Skip((request.Page - 1) * ResultsPerPage)
            .Take(ResultsPerPage + 1)
            .ToListAsync(cancellationToken);
        var onPage = ranked.Take(ResultsPerPage).ToList();
        if (onPage.Count == 0)
            return SearchResults.Nothing(await HasSearchableWordsAsync(text, cancellationToken) ? SearchOutcome.Searched : SearchOutcome.NoSearchableWords);

        var ids = onPage.Select(r => r.ThreadId).ToList();
        var summaries = await db.Threads.Where(t => ids.Contains(t.Id)).Summaries().ToDictionaryAsync(t => t.Id, cancellationToken);
        var best = onPage.Select(r => new Hit { ThreadId = r.ThreadId, ReplyId = r.Posts[0] }).ToList();
        var snippets = await HeadlinesAsync(text, best, cancellationToken);

        var results = onPage
            .Where(r => summaries.ContainsKey(r.ThreadId))
            .Select(r =>
            {
                var replyId = r.Posts[0] > 0 ? r.Posts[0] : (long?)null;
                return new SearchResult(summaries[r.ThreadId], r.Count, replyId,
                    Snippet.Parse(snippets.GetValueOrDefault((r.ThreadId, r.Posts[0])) ?? ""));
            })
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
    /// Listed posts that match (the newest <see cref="MatchesRanked"/> of each kind), as (thread, reply or 0 for the
    /// story itself, rank). Whether a reply's story may be listed is checked after grouping, on one row per thread
    /// instead of one per match; only a search narrowed to a room joins the story here, to know its room.
    /// </summary>
    private IQueryable<Hit> Hits(string text, string? roomSlug)
    {
        var threads = db.Threads.Listed();
        var replies = db.Replies.Listed();
        if (!string.IsNullOrEmpty(roomSlug))
        {
            threads = threads.Where(t => t.Room!.Slug == roomSlug);
            replies = replies.Join(threads, r => r.ThreadId, t => t.Id, (r, t) => r);
        }

        var inStories = threads
            .Where(t => EF.Property<NpgsqlTsVector>(t, SearchVectorConfiguration.Property).Matches(EF.Functions.WebSearchToTsQuery(Config, text)))
            .OrderByDescending(t => t.Id).Take(MatchesRanked)
            .Select(t => new Hit { ThreadId = t.Id, ReplyId = 0L, Rank = EF.Property<NpgsqlTsVector>(t, SearchVectorConfiguration.Property).Rank(EF.Functions.WebSearchToTsQuery(Config, text)) });
        var inReplies = replies
            .Where(r => EF.Property<NpgsqlTsVector>(r, SearchVectorConfiguration.Property).Matches(EF.Functions.WebSearchToTsQuery(Config, text)))
            .OrderByDescending(r => r.Id).Take(MatchesRanked)
            .Select(r => new Hit { ThreadId = r.ThreadId, ReplyId = r.Id, Rank = EF.Property<NpgsqlTsVector>(r, SearchVectorConfiguration.Property).Rank(EF.Functions.WebSearchToTsQuery(Config, text)) });
        return inStories.Concat(inReplies);
    }

    /// <summary>"the" or "!!!" parse to an empty query, which would match nothing and make PostgreSQL complain.</summary>
    private async Task<bool> HasSearchableWordsAsync(string text, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<int>($"SELECT numnode(websearch_to_tsquery('english'::regconfig, {text})) AS \"Value\"")
            .SingleAsync(cancellationToken) > 0;

    /// <summary>Headlines for the chosen posts only: ts_headline re-reads the text, so it runs on one page's posts, never on every match.</summary>
    private async Task<Dictionary<(long ThreadId, long ReplyId), string>> HeadlinesAsync(string text, List<Hit> posts, CancellationToken cancellationToken)
    {
        var storyIds = posts.Where(p => p.ReplyId == 0).Select(p => p.ThreadId).ToArray();
        var replyIds = posts.Where(p => p.ReplyId != 0).Select(p => p.ReplyId).ToArray();
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

    /// <summary>Settable members, not a positional record: EF can put a UNION under member initialisers only.</summary>
    private sealed class Hit
    {
        public long ThreadId { get; init; }
        public long ReplyId { get; init; }
        public float Rank { get; init; }
    }

    private sealed record HeadlineRow(long ThreadId, long ReplyId, string Headline);
}
