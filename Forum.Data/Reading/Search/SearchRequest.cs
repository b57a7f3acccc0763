namespace Forum.Data.Reading.Search;

/// <summary>What someone typed, the room they narrowed it to (if any), and which page of results (from 1).</summary>
public sealed record SearchRequest(string Text, string? RoomSlug, int Page)
{
    public const int MaxLength = 200;

    /// <summary>
    /// Results are ranked by relevance, which PostgreSQL computes over every match anyway, so a keyset cursor would
    /// save nothing; a bounded offset is as cheap and gives plain page numbers. Past a few pages a better query
    /// helps more than paging, so paging stops there and the work per search stays bounded.
    /// </summary>
    public const int MaxPage = 10;
}
