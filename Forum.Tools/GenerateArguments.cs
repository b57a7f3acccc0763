using System.Globalization;

namespace Forum.Tools;

/// <summary>The generate verb's options, read strictly: a mistake gets a sentence saying what to type instead.</summary>
/// <param name="Room">Every thread in this room (its slug), for measuring one very large room; null spreads them over all rooms.</param>
internal sealed record GenerateArguments(int Stories, int RepliesPerStory, int Seed, bool Force, string? Room = null)
{
    public const int MaxStories = 5_000_000;
    public const int MaxRepliesPerStory = 1_000;
    public const long MaxPosts = 20_000_000;

    public const string Usage = """
        Usage: dotnet run --project Forum.Tools -c Release -- generate --threads N [--replies-per-thread M] [--seed S] [--room SLUG] [--force]
               dotnet run --project Forum.Tools -c Release -- generate --posts N [--replies-per-thread M] [--seed S] [--room SLUG] [--force]

        Fills a BENCHMARK database with generated threads and replies (1,000,000 posts: --posts 1000000).
        The text is filler assembled from phrase pools, for measuring speed: never run this against a live forum.
        --room puts every thread in that one room (a very large room, for paging); otherwise they are spread over all rooms.
        It refuses a database that already holds posts it did not generate, unless --force is given.
        """;

    public static bool TryParse(string[] args, out GenerateArguments? parsed, out string problem)
    {
        parsed = null;
        int? threads = null, posts = null;
        var replies = 19;
        var seed = 8;
        var force = false;
        string? room = null;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name == "--force") { force = true; continue; }
            if (name == "--room")
            {
                if (i + 1 >= args.Length || args[i + 1].StartsWith('-') || args[i + 1].Length > 100)
                {
                    problem = "--room needs a room's slug after it, such as anxiety.";
                    return false;
                }
                room = args[++i];
                continue;
            }
            if (name is not ("--threads" or "--posts" or "--replies-per-thread" or "--seed"))
            {
                problem = $"\"{name}\" isn't an option of generate.";
                return false;
            }
            if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                problem = $"{name} needs a whole number after it.";
                return false;
            }
            i++;
            switch (name)
            {
                case "--threads": threads = value; break;
                case "--posts": posts = value; break;
                case "--replies-per-thread": replies = value; break;
                default: seed = value; break;
            }
        }

        if (threads is null == posts is null)
        {
            problem = "Give either --threads or --posts (one of them, not both).";
            return false;
        }
        if (replies > MaxRepliesPerStory)
        {
            problem = $"--replies-per-thread can be 0 to {MaxRepliesPerStory:N0}.";
            return false;
        }
        var storyCount = threads ?? (int)Math.Ceiling(posts!.Value / (1.0 + replies));
        if (storyCount is < 1 or > MaxStories || (long)storyCount * (1 + replies) > MaxPosts)
        {
            problem = $"That is too many or too few: from 1 thread up to {MaxStories:N0} threads and {MaxPosts:N0} posts.";
            return false;
        }
        parsed = new GenerateArguments(storyCount, replies, seed, force, room);
        problem = "";
        return true;
    }
}
