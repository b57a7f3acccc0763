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

    /// <summary>How many matching posts of one thread are weighed when choosing its snippet; bounds a huge thread's cost.</summary>
    private const int HitsWeighedPerPage = 2_000;

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        var text = request.Text.Trim();
        if (text.Length == 0) return SearchResults.Nothing(SearchOutcome.NoQuery);
        if (!await HasSearchableWordsAsync(text, cancellationToken)) return SearchResults.Nothing(SearchOutcome.NoSearchableWords);

        var hits = Hits(text, request.RoomSlug);
        var ranked = await hits
            .GroupBy(h => h.ThreadId)
            .Select(g => new { ThreadId = g.Key, Best = g.Max(h => h.Rank), Count = g.Count() })
            .OrderByDescending(g => g.Best).ThenByDescending(g => g.Count).ThenByDescending(g => g.ThreadId)
            .Skip((request.Page - 1) * ResultsPerPage)
            .Take(ResultsPerPage + 1)
            .ToListAsync(cancellationToken);
        var onPage = ranked.Take(ResultsPerPage).ToList();
        if (onPage.Count == 0) return new SearchResults(SearchOutcome.Searched, [], false);

        var ids = onPage.Select(r => r.ThreadId).ToList();
        var summaries = await db.Threads.Where(t => ids.Contains(t.Id)).Summaries().ToDictionaryAsync(t => t.Id, cancellationToken);
        var best = (await hits.Where(h => ids.Contains(h.ThreadId))
                .OrderByDescending(h => h.Rank).Take(HitsWeighedPerPage)
                .ToListAsync(cancellationToken))
            .GroupBy(h => h.ThreadId)
            .ToDictionary(g => g.Key, g => g.First());
        var snippets = await HeadlinesAsync(text, best.Values.ToList(), cancellationToken);

        var results = onPage
            .Where(r => summaries.ContainsKey(r.ThreadId))
            .Select(r =>
            {
                var hit = best.GetValueOrDefault(r.ThreadId);
                var replyId = hit is { ReplyId: > 0 } ? hit.ReplyId : (long?)null;
                return new SearchResult(summaries[r.ThreadId], r.Count, replyId,
                    hit is null ? [] : Snippet.Parse(snippets.GetValueOrDefault((hit.ThreadId, hit.ReplyId)) ?? ""));
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

    /// <summary>Visible posts that match (the newest <see cref="MatchesRanked"/> of each kind), as (thread, reply or 0 for the story itself, rank).</summary>
    private IQueryable<Hit> Hits(string text, string? roomSlug)
    {
        var threads = db.Threads.Listed();
        if (!string.IsNullOrEmpty(roomSlug)) threads = threads.Where(t => t.Room!.Slug == roomSlug);

        var inStories = threads
            .Where(t => EF.Property<NpgsqlTsVector>(t, SearchVectorConfiguration.Property).Matches(EF.Functions.WebSearchToTsQuery(Config, text)))
            .OrderByDescending(t => t.Id).Take(MatchesRanked)
            .Select(t => new Hit { ThreadId = t.Id, ReplyId = 0L, Rank = EF.Property<NpgsqlTsVector>(t, SearchVectorConfiguration.Property).Rank(EF.Functions.WebSearchToTsQuery(Config, text)) });
        var inReplies = db.Replies.Listed()
            .Join(threads, r => r.ThreadId, t => t.Id, (r, t) => r)
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
