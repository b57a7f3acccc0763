using Forum.Data.Reading.Search;
using Forum.Web.Startup;

namespace Forum.Web.Search;

/// <summary>
/// How much search may do on one node: matches ranked per window (Search:MatchesRanked), searches at once
/// (Search:MaxConcurrent) and waiting (Search:QueueLimit), and each one's time limit (Search:TimeoutSeconds).
/// A larger forum on faster hardware may rank more matches per window.
/// </summary>
public sealed record SearchSettings(int MatchesRanked, int MaxConcurrent, int QueueLimit, TimeSpan Timeout)
{
    public static SearchSettings From(IConfiguration configuration) => new(
        WholeNumberSetting.Read(configuration, "Search:MatchesRanked", SearchRequest.DefaultMatchesRanked, atLeast: 1),
        WholeNumberSetting.Read(configuration, "Search:MaxConcurrent", 4, atLeast: 1),
        WholeNumberSetting.Read(configuration, "Search:QueueLimit", 8, atLeast: 0),
        TimeSpan.FromSeconds(WholeNumberSetting.Read(configuration, "Search:TimeoutSeconds", 5, atLeast: 1)));
}
